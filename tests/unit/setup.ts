// Adds Testing Library's DOM matchers, fails a test that prints a warning or error, and unmounts components between tests.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { guardConsole } from './console';

guardConsole();
// Registered after the guard, so it runs first (hooks unwind like a stack): warnings printed
// while unmounting are still caught.
afterEach(() => cleanup());

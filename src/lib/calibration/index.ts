// The expected-step model the widget runs and its expected figures (no measurement data): the public surface of src/lib/calibration. The accuracy report and the refit live in report.ts and refit.ts.
export * from './constants';
export * from './step';
export * from './expected';

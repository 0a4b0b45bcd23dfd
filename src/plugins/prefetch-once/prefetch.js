// Replaces Docusaurus's chunk prefetch helper with one that requests each chunk URL once per page.
// With docs at "/", every route's ancestors (plugin, version and sidebar layouts) share the path
// "/", so each viewport prefetch asked again for the same seven chunks: 327 <link rel=prefetch>
// elements on the home page, about 230 ms of main-thread work on a 4x slower phone CPU.
// Even once each, inserting a prefetch link costs a few milliseconds, so the links go in one at a
// time when the main thread is idle instead of inside the long tasks of the first load.
const requested = new Set();
const queue = [];
const whenIdle =
  typeof window !== 'undefined' && 'requestIdleCallback' in window
    ? // eslint-disable-next-line compat/compat -- only where the check above found it (not Safari)
      (callback) => window.requestIdleCallback(callback, { timeout: 5000 })
    : (callback) => setTimeout(callback, 200);

function drain() {
  const next = queue.shift();
  if (!next) return;
  next();
  if (queue.length) whenIdle(drain);
}

function supportsLinkPrefetch() {
  try {
    return document.createElement('link').relList.supports('prefetch');
  } catch {
    return false;
  }
}

// Safari and iOS have no <link rel=prefetch>: as Docusaurus's own helper does, fetch the chunk
// instead, so the HTTP cache holds it when the reader follows the link.
function fetchPrefetch(url) {
  return fetch(url, { credentials: 'same-origin' }).then((response) =>
    response.ok ? undefined : Promise.reject(new Error(`${response.status} ${url}`)),
  );
}

function linkPrefetch(url) {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.setAttribute('rel', 'prefetch');
    link.setAttribute('href', url);
    link.onload = () => resolve();
    link.onerror = () => reject();
    document.head.appendChild(link);
  });
}

export default function prefetch(url) {
  if (typeof document === 'undefined' || requested.has(url)) return Promise.resolve();
  requested.add(url);
  return new Promise((resolve) => {
    const strategy = supportsLinkPrefetch() ? linkPrefetch : fetchPrefetch;
    const done = () => resolve();
    queue.push(() => strategy(url).then(done, done));
    if (queue.length === 1) whenIdle(drain);
  });
}

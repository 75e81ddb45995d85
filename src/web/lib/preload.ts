// Answers asked for before the app has rendered (the page's URL already says what it will show),
// handed to the first apiRequest of the same path instead of asking again.
const started = new Map<string, Promise<Response>>();

/** Starts a GET of a proxy path now; the first apiRequest for that path takes its answer. */
export function preloadGet(path: string): void {
  if (started.has(path)) return;
  // A GET needs no CSRF header; the answer is the same as apiRequest's own fetch would get. Its
  // body is read at once: an unread body is left waiting on the network until someone reads it.
  const answer = fetch(new URL(path, window.location.origin)).then(
    async (response) =>
      new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers }),
  );
  // A failure is met again, and handled, by the request that takes it.
  answer.catch(() => {});
  started.set(path, answer);
}

/** The preloaded answer for `path`, once: later requests ask afresh. */
export function takePreloaded(path: string): Promise<Response> | undefined {
  const answer = started.get(path);
  started.delete(path);
  return answer;
}

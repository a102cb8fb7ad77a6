/**
 * Where the satisfaction survey form posts, set at build time by FEEDBACK_ENDPOINT. Unset → null (the
 * page then says so and offers e-mail); set but not an https:// address → a clear error stops the build.
 */
export function feedbackEndpoint(env: Record<string, string | undefined> = process.env): string | null {
  const raw = env.FEEDBACK_ENDPOINT?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`FEEDBACK_ENDPOINT: ${JSON.stringify(raw)} is not a web address; set it to an https:// address or leave it unset`);
  }
  const local = ['127.0.0.1', 'localhost'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) {
    throw new Error(`FEEDBACK_ENDPOINT: ${JSON.stringify(raw)} must start with https:// (answers carry personal data)`);
  }
  return url.href;
}

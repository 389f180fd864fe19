/** A small HTTP client for the local API, returning status, headers and the parsed JSON body. */

interface CommentView {
  id: string;
  articleId: string;
  status: "pending" | "approved" | "rejected";
  text?: string;
  author?: { name: string; email?: string };
  publicReason?: unknown;
  decidedBy?: string;
  history?: Array<{ status: string; actor: { type: string; id?: string } }>;
  submittedAt?: string;
}

interface Page {
  items: CommentView[];
  nextCursor: string | null;
}

interface ErrorBody {
  error: string;
  issues?: Array<{ path: string; message: string }>;
}

interface ApiResponse<T> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
}

interface CallOptions {
  json?: unknown;
  /** Sent as-is instead of `json`. */
  raw?: string | Uint8Array;
  token?: string;
  headers?: Record<string, string>;
}

function apiClient(baseUrl: string) {
  async function call<T>(method: string, path: string, options: CallOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    let body: string | Uint8Array | undefined = options.raw;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers["Content-Type"] ??= "application/json";
    }
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, headers: response.headers, text, body: parsed as T };
  }
  return { call };
}

type ApiClient = ReturnType<typeof apiClient>;

export type { ApiClient, ApiResponse, CommentView, ErrorBody, Page };
export { apiClient };

import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import type { FastifyBaseLogger, FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { PROXY_ERRORS } from "#contract/proxy-constants";
import { SECURITY_HEADERS } from "./security-headers.ts";

/** A client's mistake, answered in Huawei's error shape. */
export interface ClientError {
  status: number;
  code: string;
  message: string;
}

const JSON_BODY_ERROR = { status: 400, code: "CBC.0100", message: "Invalid parameter: the body is not valid JSON" };

/** The answer to a framework error that the client caused, or undefined for the proxy's own faults. */
export function clientErrorOf(error: FastifyError): ClientError | undefined {
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return { status: 415, code: PROXY_ERRORS.unsupportedMediaType, message: "Send the body as application/json" };
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return { status: 413, code: PROXY_ERRORS.bodyTooLarge, message: "The request body is larger than 64 KB" };
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return JSON_BODY_ERROR;
    // Path traversal probes and names the file system cannot hold: there is no such file.
    case "FST_STATIC_FORBIDDEN_PATH":
    case "ENAMETOOLONG":
      return { status: 404, code: PROXY_ERRORS.notFound, message: "No such file" };
    default:
      break;
  }
  if (error.statusCode === 400 && error instanceof SyntaxError) return JSON_BODY_ERROR;
  const status = error.statusCode ?? 500;
  if (status === 429) return { status, code: PROXY_ERRORS.clientRateLimited, message: "Too many requests" };
  if (status >= 400 && status < 500) {
    return { status, code: PROXY_ERRORS.badRequest, message: `The request was refused: ${STATUS_CODES[status] ?? "client error"}` };
  }
  return undefined;
}

/** Answers errors Fastify finds before routing (a malformed URL), like every other client error. */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  request.log.info({ code: error.code }, "client error");
  void reply
    .headers(SECURITY_HEADERS)
    .header("X-Request-Id", request.id)
    .code(400)
    .send({ error_code: PROXY_ERRORS.badRequest, error_msg: "The request's path is not a valid URL" });
}

function socketErrorAnswer(code: string | undefined): ClientError {
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") {
    return { status: 408, code: PROXY_ERRORS.requestTimeout, message: "The request did not arrive in time" };
  }
  if (code === "HPE_HEADER_OVERFLOW") {
    return { status: 431, code: PROXY_ERRORS.headersTooLarge, message: "The request's path and headers are larger than 16 KB" };
  }
  return { status: 400, code: PROXY_ERRORS.badRequest, message: "The request is not valid HTTP" };
}

/**
 * Answers what Node's HTTP parser refuses before Fastify sees a request (malformed HTTP, headers
 * too large, a request that did not arrive in time), in Huawei's shape with the security headers.
 */
export function createSocketErrorHandler(log: FastifyBaseLogger) {
  return (error: NodeJS.ErrnoException, socket: Socket): void => {
    if (error.code === "ECONNRESET" || !socket.writable) return;
    const answer = socketErrorAnswer(error.code);
    log.info({ code: error.code, status: answer.status }, "client error");
    const body = JSON.stringify({ error_code: answer.code, error_msg: answer.message });
    const headers = Object.entries({
      ...SECURITY_HEADERS,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Length": String(Buffer.byteLength(body)),
      Connection: "close",
    }).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.end(`HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\n${headers.join("")}\r\n${body}`);
  };
}

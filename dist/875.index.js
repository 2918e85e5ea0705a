export const id = 875;
export const ids = [875];
export const modules = {

/***/ 875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CosmosClient: () => (/* reexport safe */ _azure_cosmos__WEBPACK_IMPORTED_MODULE_0__.Di),
/* harmony export */   dataPlaneHttpClient: () => (/* reexport safe */ _sdk_http_js__WEBPACK_IMPORTED_MODULE_1__.w)
/* harmony export */ });
/* harmony import */ var _azure_cosmos__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(477);
/* harmony import */ var _sdk_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5725);
/**
 * The lazy chunk of the API for NoSQL smoke test (sql.ts imports it on demand): @azure/cosmos
 * and the action's HTTP client for it. Nothing else imports it, so a run without a smoke test
 * never parses the SDK.
 */




/***/ }),

/***/ 5725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ dataPlaneHttpClient)
/* harmony export */ });
/* unused harmony export MAX_ANSWER_BYTES */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9195);
/* harmony import */ var _azure_logger__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7567);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7877);
/* harmony import */ var _net_retry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7893);
/* harmony import */ var _report_sanitize_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1211);
/**
 * The smoke test's HTTP client for the Azure SDKs (the `httpClient` option of @azure/cosmos and
 * of @azure/data-tables: both take a core-rest-pipeline HttpClient), loaded with each SDK in its
 * lazy chunk (cosmos-sdk.ts, tables-sdk.ts). It takes the place of the SDKs' default client, which
 * buffers an answer of any size (past ~512 MB, Node cannot make it a string, and the error is
 * thrown from an event handler: the action's error path never runs) and reads no proxy variables:
 *
 * - each answer is read up to MAX_ANSWER_BYTES, and a longer one refused (DataPlaneAnswerTooLarge);
 * - the agent is the data plane's transport (net/transport.ts): ARM's proxy decision, NO_PROXY honoured;
 * - no compression is asked for and no redirect is followed: Node's own HTTP stack, as for ARM.
 *
 * Errors keep the shape the SDK's retry policies and failures.ts read: a `code` (the
 * Node error code, else REQUEST_SEND_ERROR as the SDK's own client says), and `AbortError` when
 * the request's signal aborts it.
 */








// The Azure SDK logs (with AZURE_LOG_LEVEL, or DEBUG=azure*) straight to stderr, which the runner
// reads for workflow commands too, and its lines hold the data plane's error messages: they go to
// the debug log instead, sanitised like any other server text.
_azure_logger__WEBPACK_IMPORTED_MODULE_1__/* .AzureLogger */ .i2.log = (...args) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz((0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_7__/* .serverText */ .T)((0,node_util__WEBPACK_IMPORTED_MODULE_4__.format)(...args), 1000));
/**
 * The longest answer read: 4 MiB. The smoke test's reads (the account, a database, a container,
 * an offer, a list of one table) answer in a few KB; its query reads one page of one item (or
 * table entity), and an item can be up to 2 MB, in a page Cosmos DB caps at 4 MB. So no answer
 * Cosmos DB sends is refused, and none can
 * grow the process by more than this.
 */
const MAX_ANSWER_BYTES = 4 * 1024 * 1024;
/** A request that got no (whole) answer: refused, reset, unreachable. */
class DataPlaneRequestError extends Error {
    name = 'RestError';
    code;
    constructor(message, code) {
        super(message);
        this.code = code ?? 'REQUEST_SEND_ERROR';
    }
}
class AbortError extends Error {
    name = 'AbortError';
}
/** Response headers as the SDK reads them (`toJSON()`, `get()`): names in lower case, first value of a list. */
function headersOf(raw) {
    const map = new Map();
    const headers = {
        get: (name) => map.get(name.toLowerCase())?.[1],
        has: (name) => map.has(name.toLowerCase()),
        set: (name, value) => void map.set(name.toLowerCase(), [name, String(value)]),
        delete: (name) => void map.delete(name.toLowerCase()),
        // Object.fromEntries defines each name as the object's own property: a header named
        // __proto__ stays a header, it does not become the object's prototype.
        toJSON: (options) => Object.fromEntries([...map].map(([key, [name, value]]) => [options?.preserveCase ? name : key, value])),
        *[Symbol.iterator]() {
            for (const [key, [, value]] of map)
                yield [key, value];
        },
    };
    for (const [name, value] of Object.entries(raw)) {
        const first = Array.isArray(value) ? value[0] : value;
        if (first !== undefined)
            headers.set(name, first);
    }
    // The SDKs wait what the data plane says before retrying a throttled request: never less than
    // the floor every other service gets (net/retry.ts), whatever it says (0, negative, not a number).
    // @azure/cosmos reads x-ms-retry-after-ms; core-rest-pipeline (@azure/data-tables) reads
    // retry-after-ms, x-ms-retry-after-ms, then Retry-After (seconds, or a date).
    for (const name of ['x-ms-retry-after-ms', 'retry-after-ms']) {
        const ms = headers.get(name);
        if (ms !== undefined && !(Number(ms) >= _net_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .MIN_RETRY_DELAY_MS */ .vI))
            headers.set(name, String(_net_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .MIN_RETRY_DELAY_MS */ .vI));
    }
    const retryAfter = headers.get('retry-after');
    if (retryAfter !== undefined && !(((0,_net_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRetryAfter */ .mu)(retryAfter) ?? 0) >= _net_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .MIN_RETRY_DELAY_MS */ .vI))
        headers.set('retry-after', String(_net_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .MIN_RETRY_DELAY_MS */ .vI / 1000));
    return headers;
}
function bodyOf(body) {
    if (body === undefined || body === null)
        return undefined;
    if (typeof body === 'string' || Buffer.isBuffer(body))
        return body;
    if (ArrayBuffer.isView(body))
        return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    if (body instanceof ArrayBuffer)
        return Buffer.from(body);
    // The SDKs send JSON text; a stream or form would be a change in an SDK worth knowing of.
    throw new DataPlaneRequestError('unsupported request body type', 'UNSUPPORTED_BODY');
}
/** Read `res` whole, refusing it as soon as it is known to be longer than `limit` bytes. */
function readAnswer(res, limit) {
    return new Promise((resolve, reject) => {
        const declared = Number(res.headers['content-length']);
        if (declared > limit) {
            res.destroy();
            return reject(new _failures_js__WEBPACK_IMPORTED_MODULE_5__/* .DataPlaneAnswerTooLarge */ .uV(limit));
        }
        const chunks = [];
        let size = 0;
        res.on('data', (chunk) => {
            size += chunk.length;
            if (size > limit) {
                res.destroy();
                reject(new _failures_js__WEBPACK_IMPORTED_MODULE_5__/* .DataPlaneAnswerTooLarge */ .uV(limit));
            }
            else {
                chunks.push(chunk);
            }
        });
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        res.on('error', (error) => reject(new DataPlaneRequestError(error.message, error.code)));
        res.on('close', () => {
            if (!res.complete)
                reject(new DataPlaneRequestError('the connection closed before the answer was complete', 'ECONNRESET'));
        });
    });
}
/** An `httpClient` for the Azure SDKs that reaches the data plane through `transport`, reading at most `limit` bytes an answer. */
function dataPlaneHttpClient(transport, limit = MAX_ANSWER_BYTES) {
    return {
        sendRequest(request) {
            const signal = request.abortSignal;
            if (signal?.aborted)
                return Promise.reject(new AbortError('The request was aborted before it was sent.'));
            let onAbort = () => undefined;
            const exchange = new Promise((resolve, reject) => {
                const url = new URL(request.url);
                const body = bodyOf(request.body);
                const headers = request.headers.toJSON({ preserveCase: true });
                // No compression asked for; the length is the body's own, set once whatever the case it came in.
                for (const name of Object.keys(headers))
                    if (/^(accept-encoding|content-length)$/i.test(name))
                        delete headers[name];
                if (body !== undefined)
                    headers['Content-Length'] = String(Buffer.byteLength(body));
                const send = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_3__.request : node_http__WEBPACK_IMPORTED_MODULE_2__.request;
                const req = send(url, { method: request.method, headers, agent: transport.agent(url) }, (res) => {
                    readAnswer(res, limit).then((bodyAsText) => resolve({ request, status: res.statusCode ?? 0, headers: headersOf(res.headers), bodyAsText }), reject);
                });
                onAbort = () => {
                    const error = new AbortError('The request was aborted.');
                    req.destroy(error);
                    reject(error);
                };
                signal?.addEventListener('abort', onAbort, { once: true });
                req.on('error', (error) => {
                    reject(error instanceof AbortError ? error : new DataPlaneRequestError(error.message, error.code));
                });
                req.end(body);
            });
            return exchange.finally(() => signal?.removeEventListener('abort', onAbort));
        },
    };
}


/***/ })

};

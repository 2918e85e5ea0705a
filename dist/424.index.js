export const id = 424;
export const ids = [424];
export const modules = {

/***/ 4424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ConnectionString: () => (/* binding */ ConnectionString)
/* harmony export */ });
/* unused harmony exports CommaAndColonSeparatedRecord, redactConnectionString */
/* harmony import */ var _lib_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1341);


/* unused harmony default export */ var __WEBPACK_DEFAULT_EXPORT__ = (_lib_index_js__WEBPACK_IMPORTED_MODULE_0__["default"]);
const CommaAndColonSeparatedRecord = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.CommaAndColonSeparatedRecord;
const ConnectionString = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.ConnectionString;
const redactConnectionString = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.redactConnectionString;


/***/ })

};

'use strict';
// The CommonJS wrapper. The prefix sits on the module's first line, so line numbers stay true;
// a leading shebang becomes a comment for the same reason.

const prefix = '(function (exports, require, module, __filename, __dirname) { ';
const suffix = '\n});';

function wrap(content) {
  if (content.charCodeAt(0) === 0xFEFF) content = content.slice(1);
  if (content.startsWith('#!')) content = '//' + content.slice(2);
  return prefix + content + suffix;
}

module.exports = { prefix, suffix, wrap };

'use strict';
// The argument checks the fetch classes share, with undici's messages.

// `context` is what the message names: 'Headers.append', 'Request constructor'...
function requireArguments(context, given, needed) {
  if (given >= needed) return;
  throw new TypeError(`${context}: ${needed} argument${needed > 1 ? 's' : ''} required, ` +
                      `but${given > 0 ? ' only' : ''} ${given} found.`);
}

function requireFunction(interfaceName, method, callback) {
  if (typeof callback !== 'function') {
    throw new TypeError(`Failed to execute '${method}' on '${interfaceName}': parameter 1 is not of type 'Function'.`);
  }
}

module.exports = { requireArguments, requireFunction };

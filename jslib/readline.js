'use strict';
// The public readline module (node 20): Interface, createInterface and the cursor helpers.

const { Interface: InterfaceClass } = require('internal/readline/interface');
const { cursorTo, moveCursor, clearLine, clearScreenDown } = require('internal/readline/callbacks');
const { emitKeypressEvents } = require('internal/readline/keys');

// Callable without `new`, as node's Interface is.
function Interface(input, output, completer, terminal) {
  return new InterfaceClass(input, output, completer, terminal);
}
Interface.prototype = InterfaceClass.prototype;
Object.setPrototypeOf(Interface, InterfaceClass);

function createInterface(input, output, completer, terminal) {
  return new InterfaceClass(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};
Object.defineProperty(module.exports, 'promises', {
  get() { return require('readline/promises'); }, enumerable: true, configurable: true,
});

'use strict';
// Zero held as a double: the start value of a byte counter on a long-lived object (a socket's
// handle, an fs stream). GraalJS keeps a property that starts as an int in an int slot; when the
// count passes 2^31 it must widen the slot, which changes the object's shape and throws away the
// compiled code of every function that has seen that shape: a stall of 1-3 s in the middle of a
// transfer (net echo at 2 GiB, 2026-11-27). Math.abs of a double gives a double, which stays one.
module.exports = Math.abs(-0);

'use strict';
// node's internal/test/binding (tests reach it with --expose-internals): the bindings node's own
// tests poke at, in the shapes those tests use — uv's error numbers, the UDP and TCP handles.

const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

function uv() {
  const { uvErrors } = require('internal/errno_table');
  const binding = {
    errname: (errno) => uvErrors.get(errno)?.[0],
    getErrorMap: () => new Map(uvErrors),
  };
  for (const [errno, [name]] of uvErrors) binding[`UV_${name}`] = errno;
  return binding;
}

const bindings = {
  __proto__: null,
  uv,
  udp_wrap: () => require('internal/dgram/udp'),
  tcp_wrap: () => require('internal/net/handles'),
};

function internalBinding(name) {
  const make = bindings[name];
  if (make === undefined) throw new ERR_INVALID_ARG_VALUE('name', name, 'is not a binding this runtime offers to tests');
  return make();
}

module.exports = { internalBinding };

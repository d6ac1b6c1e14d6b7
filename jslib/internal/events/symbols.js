'use strict';
// Options of events.on() that only jnode's own modules pass.

module.exports = {
  // The iterator yields each event's first argument instead of the array of them (readline's lines).
  kFirstEventParam: Symbol('kFirstEventParam'),
};

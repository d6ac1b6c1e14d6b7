'use strict';
// TextEncoderStream and TextDecoderStream: TransformStreams over TextEncoder/TextDecoder.

const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
const { kState, kType, customInspectSymbol, customInspect, isBrandCheck, makeEnumerable } = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');

// U+FFFD in UTF-8: what a high surrogate left pending at the end becomes.
const kReplacement = [0xEF, 0xBF, 0xBD];

class TextEncoderStream {
  constructor() {
    this[kType] = 'TextEncoderStream';
    const encoder = new TextEncoder();
    // A surrogate pair may be split across two chunks: hold a trailing high surrogate back.
    let pendingHigh = '';
    this[kState] = {
      transform: new TransformStream({
        transform(chunk, controller) {
          let text = pendingHigh + `${chunk}`;
          pendingHigh = '';
          const last = text.charCodeAt(text.length - 1);
          if (last >= 0xD800 && last <= 0xDBFF) {
            pendingHigh = text[text.length - 1];
            text = text.slice(0, -1);
          }
          if (text.length) controller.enqueue(encoder.encode(text));
        },
        flush(controller) {
          if (pendingHigh) controller.enqueue(new Uint8Array(kReplacement));
        },
      }),
    };
  }

  get encoding() {
    if (!isBrandCheck(this, 'TextEncoderStream')) throw new ERR_INVALID_THIS('TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    if (!isBrandCheck(this, 'TextEncoderStream')) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    if (!isBrandCheck(this, 'TextEncoderStream')) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kState].transform.writable;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'TextEncoderStream', {
      encoding: 'utf-8',
      readable: this[kState].transform.readable,
      writable: this[kState].transform.writable,
    });
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    this[kType] = 'TextDecoderStream';
    this[kState] = {
      decoder,
      transform: new TransformStream({
        transform(chunk, controller) {
          const text = decoder.decode(chunk, { stream: true });
          if (text) controller.enqueue(text);
        },
        flush(controller) {
          const text = decoder.decode();
          if (text) controller.enqueue(text);
        },
      }),
    };
  }

  get encoding() {
    if (!isBrandCheck(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.encoding;
  }

  get fatal() {
    if (!isBrandCheck(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.fatal;
  }

  get ignoreBOM() {
    if (!isBrandCheck(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.ignoreBOM;
  }

  get readable() {
    if (!isBrandCheck(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    if (!isBrandCheck(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].transform.writable;
  }

  [customInspectSymbol](depth, options) {
    const { decoder, transform } = this[kState];
    return customInspect(this, depth, options, 'TextDecoderStream', {
      encoding: decoder.encoding,
      fatal: decoder.fatal,
      ignoreBOM: decoder.ignoreBOM,
      readable: transform.readable,
      writable: transform.writable,
    });
  }
}

makeEnumerable(TextEncoderStream, ['encoding', 'readable', 'writable']);
makeEnumerable(TextDecoderStream, ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']);

module.exports = { TextEncoderStream, TextDecoderStream };

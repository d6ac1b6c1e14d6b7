'use strict';
// How IPC messages travel (node's wire protocol): 'json' is one JSON text per line;
// 'advanced' is V8's serializer format behind a 4-byte big-endian length.

const { StringDecoder } = require('string_decoder');
const { DefaultSerializer, DefaultDeserializer, serializeWith, deserializeWith } = require('internal/v8/serdes');

// node's child_process framing of a host object: a uint32 0 (a view), then the default one.
class ChildProcessSerializer extends DefaultSerializer {
  _writeHostObject(view) {
    this.writeUint32(0);
    super._writeHostObject(view);
  }
}

class ChildProcessDeserializer extends DefaultDeserializer {
  _readHostObject() {
    if (this.readUint32() !== 0) throw this.fail();
    return super._readHostObject();
  }
}

const serialize = (message) => serializeWith(ChildProcessSerializer, message);
const deserialize = (bytes) => deserializeWith(ChildProcessDeserializer, bytes);

const kMessageBuffer = Symbol('kMessageBuffer');

const json = {
  init(channel) {
    channel[kMessageBuffer] = '';
    channel._decoder = new StringDecoder('utf8');
  },
  /** The messages complete in `chunk` (a Buffer); a bad line is returned as { error }. */
  parse(channel, chunk) {
    const text = channel[kMessageBuffer] + channel._decoder.write(chunk);
    const out = [];
    // Lines are cut by position: re-slicing the rest after every line is quadratic in a chunk.
    let start = 0;
    let nl;
    while ((nl = text.indexOf('\n', start)) !== -1) {
      try {
        out.push({ message: JSON.parse(text.slice(start, nl)) });
      } catch (error) {
        out.push({ error });
      }
      start = nl + 1;
    }
    channel[kMessageBuffer] = start === 0 ? text : text.slice(start);
    channel.buffering = channel[kMessageBuffer].length !== 0;
    return out;
  },
  /** A string: the channel writes it as UTF-8 itself. */
  encode(message) {
    return JSON.stringify(message) + '\n';
  },
};

const advanced = {
  init(channel) {
    channel[kMessageBuffer] = [];
    channel._bufferedBytes = 0;
  },
  parse(channel, chunk) {
    const list = channel[kMessageBuffer];
    list.push(chunk);
    channel._bufferedBytes += chunk.length;
    const out = [];
    while (channel._bufferedBytes >= 4) {
      if (list[0].length < 4) list.splice(0, list.length, Buffer.concat(list));
      const size = list[0].readUInt32BE(0);
      if (channel._bufferedBytes < 4 + size) break;
      const all = list.length === 1 ? list[0] : Buffer.concat(list);
      const body = all.subarray(4, 4 + size);
      const rest = all.subarray(4 + size);
      list.length = 0;
      if (rest.length) list.push(rest);
      channel._bufferedBytes = rest.length;
      try {
        out.push({ message: deserialize(body) });
      } catch (error) {
        out.push({ error });
      }
    }
    channel.buffering = channel._bufferedBytes !== 0;
    return out;
  },
  encode(message) {
    const body = serialize(message);
    const frame = Buffer.allocUnsafe(4 + body.length);
    frame.writeUInt32BE(body.length, 0);
    body.copy(frame, 4);
    return frame;
  },
};

module.exports = { json, advanced };

'use strict';
// readline's Interface: reads lines from any readable stream. On a terminal it also edits the
// line (cursor keys, word and line deletion, history, tab completion) and redraws it itself.

const EventEmitter = require('events');
const { on } = EventEmitter;
const { kFirstEventParam } = require('internal/events/symbols');
const { StringDecoder } = require('string_decoder');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const { validateAbortSignal, validateArray, validateNumber, validateUint32 } = require('internal/validators');
const { getStringWidth, stripVTControlCharacters } = require('internal/util/inspect_text');
const { cursorTo, moveCursor, clearLine, clearScreenDown } = require('internal/readline/callbacks');
const { emitKeypressEvents } = require('internal/readline/keys');

const kHistorySize = 30;
const kMinCrlfDelay = 100;
const kQuestion = Symbol('question');
const kOldPrompt = Symbol('oldPrompt');
const kPrompt = Symbol('prompt');
const kPending = Symbol('pending');
const kSawReturnAt = Symbol('sawReturnAt');
const kDecoder = Symbol('decoder');
const kListeners = Symbol('listeners');
const kLineIterator = Symbol('lineIterator');
const kPreviousKey = Symbol('previousKey');
const kKillRing = Symbol('killRing');
const kKillRingSize = 32;
const kUndoStack = Symbol('undoStack');
const kRedoStack = Symbol('redoStack');
const kUndoStackSize = 2048;
// The last Ctrl+Y: where its text went and which ring entry it was, or null.
const kYanked = Symbol('yanked');
const kQuestionAsPromise = Symbol('questionAsPromise');
const kPrevRows = Symbol('prevRows');
// The line being typed while the user browses the history.
// Up/down's history search: the text before the cursor when they began, or null.
const kSearch = Symbol('historySearch');

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    let history;
    let historySize = kHistorySize;
    let removeHistoryDuplicates = false;
    let crlfDelay;
    let prompt = '> ';
    let signal;
    let escapeCodeTimeout = 500;
    let tabSize = 8;
    if (input?.input) { // the options form
      const options = input;
      output = options.output;
      completer = options.completer;
      terminal = options.terminal;
      history = options.history;
      if (history !== undefined) validateArray(history, 'history');
      if (options.historySize !== undefined) historySize = options.historySize;
      removeHistoryDuplicates = !!options.removeHistoryDuplicates;
      crlfDelay = options.crlfDelay;
      if (options.prompt !== undefined) prompt = options.prompt;
      signal = options.signal;
      if (options.escapeCodeTimeout !== undefined) escapeCodeTimeout = options.escapeCodeTimeout;
      if (options.tabSize !== undefined) {
        validateUint32(options.tabSize, 'tabSize', true);
        tabSize = options.tabSize;
      }
      input = options.input;
    }
    if (!Number.isFinite(escapeCodeTimeout)) {
      throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', escapeCodeTimeout);
    }
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    if (completer !== undefined && typeof completer !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('completer', completer);
    }
    validateNumber(historySize, 'historySize', 0);
    if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

    this.output = output;
    this.input = input;
    this.history = Array.isArray(history) ? history : [];
    this.historySize = historySize;
    this.removeHistoryDuplicates = removeHistoryDuplicates;
    this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
    this.completer = completer;
    this.isCompletionEnabled = true;
    this.escapeCodeTimeout = escapeCodeTimeout;
    this.tabSize = tabSize;
    this.terminal = !!terminal;
    this.line = '';
    this.closed = false;
    this.paused = false;
    this[kPrompt] = prompt;
    this[kQuestion] = null;
    this[kPending] = null;
    this[kSawReturnAt] = 0;
    this[kPrevRows] = 0;
    this[kDecoder] = new StringDecoder('utf8');

    const onData = (data) => this.#normalWrite(data);
    // The input ended: what was typed or read after the last line break is a last line.
    const onEnd = () => {
      if (this.terminal) {
        if (this.line.length > 0) this.#onLine(this.line);
      } else if (typeof this[kPending] === 'string' && this[kPending].length > 0) {
        this.#onLine(this[kPending]);
      }
      this[kPending] = null;
      this.close();
    };
    const onKeypress = (s, key) => this.#ttyWrite(s, key);
    const onResize = () => this.#refreshLine();
    const onError = (err) => this.emit('error', err);
    this[kListeners] = { onData, onEnd, onKeypress, onResize, onError };
    input.on('error', onError);

    if (this.terminal) {
      this.cursor = 0;
      this.historyIndex = -1;
      this[kKillRing] = [];
      this[kYanked] = null;
      this[kUndoStack] = [];
      this[kRedoStack] = [];
      emitKeypressEvents(input, this);
      input.on('keypress', onKeypress);
      input.on('end', onEnd);
      if (typeof input.setRawMode === 'function') input.setRawMode(true);
      if (output !== null && output !== undefined) output.on('resize', onResize);
    } else {
      input.on('data', onData);
      input.on('end', onEnd);
    }
    if (signal) {
      const onAborted = () => this.close();
      if (signal.aborted) process.nextTick(onAborted);
      else {
        signal.addEventListener('abort', onAborted, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAborted));
      }
    }
    input.resume();
  }

  get columns() {
    return this.output && this.output.columns ? this.output.columns : Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this.#refreshLine();
    } else {
      this.#writeToOutput(this[kPrompt]);
    }
  }

  question(query, options, cb) {
    cb = typeof options === 'function' ? options : cb;
    if (options !== null && typeof options === 'object' && options.signal) {
      validateAbortSignal(options.signal, 'options.signal');
      if (options.signal.aborted) return;
      const onAbort = () => this.#cancelQuestion();
      options.signal.addEventListener('abort', onAbort, { once: true });
      const callback = cb;
      cb = (answer) => {
        options.signal.removeEventListener('abort', onAbort);
        callback(answer);
      };
    }
    this.#ask(query, cb);
  }

  /**
   * question() as a promise (readline/promises, util.promisify(rl.question)): an abort cancels
   * the question and rejects with an AbortError; a closed interface rejects.
   */
  [kQuestionAsPromise](query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      const signal = options?.signal;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const onAbort = () => {
          this.#cancelQuestion();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this.#ask(query, cb);
    });
  }

  #ask(query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (typeof cb !== 'function') return;
    if (this[kQuestion]) {
      this.prompt();
      return;
    }
    this[kOldPrompt] = this[kPrompt];
    this.setPrompt(query);
    this[kQuestion] = cb;
    this.prompt();
  }

  #cancelQuestion() {
    if (!this[kQuestion]) return;
    this[kQuestion] = null;
    this.setPrompt(this[kOldPrompt]);
    this.clearLine();
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(data, key) {
    if (this.paused) this.resume();
    if (this.terminal) this.#ttyWrite(data, key);
    else this.#normalWrite(data);
  }

  close() {
    if (this.closed) return;
    this.pause();
    const { onData, onEnd, onKeypress, onResize, onError } = this[kListeners];
    if (this.terminal) {
      if (typeof this.input.setRawMode === 'function') this.input.setRawMode(false);
      this.input.removeListener('keypress', onKeypress);
      if (this.output !== null && this.output !== undefined) this.output.removeListener('resize', onResize);
    } else {
      this.input.removeListener('data', onData);
    }
    this.input.removeListener('end', onEnd);
    this.input.removeListener('error', onError);
    this.closed = true;
    this.emit('close');
  }

  /** Where the cursor is on screen relative to the prompt's first column: { rows, cols }. */
  getCursorPos() {
    return this.#displayPos(this[kPrompt] + this.line.slice(0, this.cursor));
  }

  clearLine() {
    this.#moveCursorTo(this.line.length);
    this.#writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
    this[kPrevRows] = 0;
  }

  /** The lines from now on, ending at 'close', one iterator per interface; input pauses while
   * more than 1024 lines wait, and an 'error' rejects it. */
  [Symbol.asyncIterator]() {
    this[kLineIterator] ??= on(this, 'line', { close: ['close'], highWaterMark: 1024, [kFirstEventParam]: true });
    return this[kLineIterator];
  }

  // --- plain input ---------------------------------------------------------------------------

  #normalWrite(data) {
    if (data === undefined) return;
    let text = typeof data === 'string' ? data : this[kDecoder].write(data);
    // A '\r' that ended the last chunk and a '\n' that starts this one are one line break.
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay && text[0] === '\n') {
      text = text.slice(1);
    }
    this[kSawReturnAt] = 0;
    if (this[kPending]) text = this[kPending] + text;
    let start = 0;
    const lines = [];
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch !== '\n' && ch !== '\r') continue;
      lines.push(text.slice(start, i));
      if (ch === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
    if (lines.length > 0 && text[text.length - 1] === '\r') this[kSawReturnAt] = Date.now();
    this[kPending] = start < text.length ? text.slice(start) : (lines.length > 0 ? '' : this[kPending]);
    for (const line of lines) this.#onLine(line);
  }

  #onLine(line) {
    const cb = this[kQuestion];
    if (cb) {
      this[kQuestion] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  #writeToOutput(text) {
    if (this.output !== null && this.output !== undefined) this.output.write(text);
  }

  // --- terminal editing ----------------------------------------------------------------------

  /**
   * Where the terminal's cursor ends after `text`: a line break moves down one row (or as many as
   * the line wrapped to), a tab to the next tab stop, and a wide character that would straddle the
   * right edge wraps first. Without columns (Infinity) nothing wraps.
   */
  #displayPos(text) {
    const columns = this.columns;
    let rows = 0;
    let offset = 0;
    for (const char of stripVTControlCharacters(text)) {
      if (char === '\n') {
        rows += Math.ceil(offset / columns) || 1;
        offset = 0;
      } else if (char === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
      } else {
        const width = getStringWidth(char, false);
        if (width === 2 && (offset + 1) % columns === 0) offset++;
        offset += width;
      }
    }
    const cols = offset % columns;
    return { rows: rows + (offset - cols) / columns, cols };
  }

  #refreshLine() {
    const line = this[kPrompt] + this.line;
    const end = this.#displayPos(line);
    const out = this.output;
    // Back to the first row the prompt used, then redraw everything below it.
    if (this[kPrevRows] > 0) moveCursor(out, 0, -this[kPrevRows]);
    cursorTo(out, 0);
    clearScreenDown(out);
    this.#writeToOutput(line);
    // A line that exactly fills the last column leaves the cursor there: wrap it.
    if (end.cols === 0 && end.rows > 0) this.#writeToOutput(' ');
    const cursor = this.getCursorPos();
    moveCursor(out, 0, cursor.rows - end.rows);
    cursorTo(out, cursor.cols);
    this[kPrevRows] = cursor.rows;
  }

  #moveCursorTo(position) {
    const target = Math.max(0, Math.min(this.line.length, position));
    if (target === this.cursor) return;
    const old = this.getCursorPos();
    this.cursor = target;
    const now = this.getCursorPos();
    if (old.rows === now.rows) {
      moveCursor(this.output, now.cols - old.cols, 0);
      this[kPrevRows] = now.rows;
    } else {
      this.#refreshLine();
    }
  }

  #insertString(text) {
    const atEnd = this.cursor === this.line.length;
    this.#beforeEdit();
    this.line = this.line.slice(0, this.cursor) + text + this.line.slice(this.cursor);
    this.cursor += text.length;
    const pos = this.getCursorPos();
    if (atEnd && pos.cols !== 0 && pos.rows === this[kPrevRows]) this.#writeToOutput(text);
    else this.#refreshLine();
  }

  #deleteRange(from, to) {
    if (from >= to) return;
    this.#beforeEdit();
    this.line = this.line.slice(0, from) + this.line.slice(to);
    this.cursor = from;
    this.#refreshLine();
  }

  // Undo (Ctrl+_) and redo (Ctrl+^): every edit first saves the line and cursor it changes.
  #beforeEdit() {
    const undo = this[kUndoStack];
    undo.push({ line: this.line, cursor: this.cursor });
    if (undo.length > kUndoStackSize) undo.shift();
    this[kRedoStack] = [];
  }

  #undoRedo(from, to) {
    const state = from.pop();
    if (state === undefined) return;
    to.push({ line: this.line, cursor: this.cursor });
    this.line = state.line;
    this.cursor = state.cursor;
    this.#refreshLine();
  }

  // The kill ring: what the line and word deletions removed, newest last. Ctrl+Y inserts the
  // newest; Meta+Y right after it swaps what was inserted for the one before, round the ring.
  #kill(from, to) {
    const text = this.line.slice(from, to);
    const ring = this[kKillRing];
    if (text !== '' && text !== ring[ring.length - 1]) {
      ring.push(text);
      if (ring.length > kKillRingSize) ring.shift();
    }
    this.#deleteRange(from, to);
  }

  // Ctrl+U, Ctrl+K and Ctrl+Shift+Backspace/Delete redraw the line even when nothing goes, as node's do.
  #killLine(from, to) {
    this.#kill(from, to);
    if (from >= to) this.#refreshLine();
  }

  #yank() {
    const ring = this[kKillRing];
    if (ring.length === 0) return;
    this[kYanked] = { at: this.cursor, index: ring.length - 1 };
    this.#insertString(ring[ring.length - 1]);
  }

  #yankPop() {
    const ring = this[kKillRing];
    const yanked = this[kYanked];
    if (yanked === null || ring.length === 0) return;
    const end = yanked.at + ring[yanked.index].length;
    yanked.index = (yanked.index + ring.length - 1) % ring.length;
    const text = ring[yanked.index];
    this.#beforeEdit();
    this.line = this.line.slice(0, yanked.at) + text + this.line.slice(end);
    this.cursor = yanked.at + text.length;
    this.#refreshLine();
  }

  // One character left or right of the cursor: a code point, so a surrogate pair is one.
  #charLeft() {
    if (this.cursor === 0) return 0;
    return this.cursor - (this.line.codePointAt(this.cursor - 2) > 0xffff ? 2 : 1);
  }

  #charRight() {
    if (this.cursor >= this.line.length) return this.line.length;
    return this.cursor + (this.line.codePointAt(this.cursor) > 0xffff ? 2 : 1);
  }

  // A word is a run of word characters or a run of punctuation, with the blanks beside it.
  #wordLeft() {
    return /(?:\w+|[^\w\s]+)?\s*$/.exec(this.line.slice(0, this.cursor)).index;
  }

  #wordRight() {
    const m = /^(?:\s+|\w+|[^\w\s]+)\s*/.exec(this.line.slice(this.cursor));
    return this.cursor + (m ? m[0].length : 0);
  }

  #addHistory() {
    if (this.line.length === 0 || this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.removeHistoryDuplicates) {
      const at = this.history.indexOf(this.line);
      if (at !== -1) this.history.splice(at, 1);
    }
    if (this.history[0] !== this.line) this.history.unshift(this.line);
    if (this.history.length > this.historySize) this.history.pop();
    this.historyIndex = -1;
    const line = this.history[0];
    this.emit('history', this.history); // a listener may change the array, not the line
    return line;
  }

  /**
   * One history entry older (step 1) or newer (-1) among those that start with the search text,
   * skipping copies of the line shown. Past either end (index -1 or history.length), the line is
   * the search text itself.
   */
  #historyMove(step) {
    const older = step > 0;
    if (older ? this.historyIndex >= this.history.length || this.history.length === 0 : this.historyIndex < 0) return;
    const search = this[kSearch] ?? '';
    let index = this.historyIndex + step;
    while (index >= 0 && index < this.history.length &&
           (!this.history[index].startsWith(search) || this.history[index] === this.line)) {
      index += step;
    }
    this.historyIndex = index;
    this.#beforeEdit();
    this.line = index >= 0 && index < this.history.length ? this.history[index] : search;
    this.cursor = this.line.length;
    this.#refreshLine();
  }

  #submitLine() {
    const line = this.#addHistory();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this.#onLine(line);
  }

  /**
   * Tab: the completer's candidates for the text before the cursor. What they all share past the
   * typed text is inserted (or replaces it, when they differ from it: 'input' -> 'Input'); a
   * second tab in a row lists them in columns, '' in the list starting a new group.
   */
  #complete(afterTab) {
    const done = (err, result) => {
      this.resume();
      if (err) {
        this.#writeToOutput(`Tab completion error: ${require('internal/util/inspect').inspect(err)}`);
        return;
      }
      const [completions, typed] = result || [];
      if (!completions || completions.length === 0) return;
      const prefix = commonPrefix(completions.filter((c) => c !== ''));
      if (prefix.startsWith(typed) && prefix.length > typed.length) {
        this.#insertString(prefix.slice(typed.length));
      } else if (!typed.startsWith(prefix)) {
        this.#beforeEdit();
        this.line = this.line.slice(0, this.cursor - typed.length) + prefix + this.line.slice(this.cursor);
        this.cursor += prefix.length - typed.length;
        this.#refreshLine();
      } else if (afterTab) {
        this.#writeToOutput(completionList(completions, this.columns));
        this.#refreshLine();
      }
    };
    this.pause(); // keys typed while an asynchronous completer works wait for its answer
    const line = this.line.slice(0, this.cursor);
    if (this.completer.length === 2) {
      this.completer(line, done);
      return;
    }
    const value = this.completer(line);
    if (value && typeof value.then === 'function') value.then((r) => done(null, r), done);
    else done(null, value);
  }

  #ttyWrite(s, key) {
    key = key || {};
    const previousKey = this[kPreviousKey];
    this[kPreviousKey] = key;
    if (key.sequence === '\x1f') {
      this.#undoRedo(this[kUndoStack], this[kRedoStack]);
      return;
    }
    if (key.sequence === '\x1e') {
      this.#undoRedo(this[kRedoStack], this[kUndoStack]);
      return;
    }
    // Up and down search the history for what was before the cursor when they began; any other
    // key ends the search (and a search that ran past the oldest entry).
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      this[kSearch] ??= this.line.slice(0, this.cursor);
    } else if (this[kSearch] != null) {
      this[kSearch] = null;
      if (this.historyIndex === this.history.length) this.historyIndex = -1;
    }
    // Ctrl, meta and named keys first; anything else is text.
    if (key.name === 'escape') return;
    if (key.ctrl && key.shift) {
      // Ctrl+Shift+Backspace/Delete: delete to the start/end of the line.
      if (key.name === 'backspace') this.#killLine(0, this.cursor);
      else if (key.name === 'delete') this.#killLine(this.cursor, this.line.length);
      return;
    }
    if (key.ctrl) {
      switch (key.name) {
        case 'c':
          if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
          else this.close();
          return;
        case 'h': this.#deleteRange(this.#charLeft(), this.cursor); return;
        case 'd':
          if (this.cursor === 0 && this.line.length === 0) this.close();
          else this.#deleteRange(this.cursor, this.#charRight());
          return;
        case 'u': this.#killLine(0, this.cursor); return;
        case 'k': this.#killLine(this.cursor, this.line.length); return;
        case 'y': this.#yank(); return;
        case 'a': this.#moveCursorTo(0); return;
        case 'e': this.#moveCursorTo(this.line.length); return;
        case 'b': this.#moveCursorTo(this.#charLeft()); return;
        case 'f': this.#moveCursorTo(this.#charRight()); return;
        case 'l':
          cursorTo(this.output, 0, 0);
          clearScreenDown(this.output);
          this[kPrevRows] = 0;
          this.#refreshLine();
          return;
        case 'n': this.#historyMove(-1); return;
        case 'p': this.#historyMove(1); return;
        case 'w': case 'backspace': this.#kill(this.#wordLeft(), this.cursor); return;
        case 'delete': this.#kill(this.cursor, this.#wordRight()); return;
        case 'left': this.#moveCursorTo(this.#wordLeft()); return;
        case 'right': this.#moveCursorTo(this.#wordRight()); return;
        case 'z':
          if (this.listenerCount('SIGTSTP') > 0) this.emit('SIGTSTP');
          return;
        default:
          if (key.name !== 'return' && key.name !== 'enter') return;
      }
    }
    if (key.meta) {
      switch (key.name) {
        case 'b': this.#moveCursorTo(this.#wordLeft()); return;
        case 'f': this.#moveCursorTo(this.#wordRight()); return;
        case 'd': case 'delete': this.#kill(this.cursor, this.#wordRight()); return;
        case 'backspace': this.#kill(this.#wordLeft(), this.cursor); return;
        case 'y':
          if (previousKey?.name === 'y' && (previousKey.ctrl || previousKey.meta)) this.#yankPop();
          return;
        default: if (key.code === undefined) return;
      }
    }
    switch (key.name) {
      case 'return':
        this[kSawReturnAt] = Date.now();
        this.#submitLine();
        return;
      case 'enter':
        // '\r\n' from a terminal is one line break.
        if (this[kSawReturnAt] !== 0 && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
          this[kSawReturnAt] = 0;
          return;
        }
        this[kSawReturnAt] = 0;
        this.#submitLine();
        return;
      case 'backspace': this.#deleteRange(this.#charLeft(), this.cursor); return;
      case 'delete': this.#deleteRange(this.cursor, this.#charRight()); return;
      case 'left': this.#moveCursorTo(this.#charLeft()); return;
      case 'right': this.#moveCursorTo(this.#charRight()); return;
      case 'home': this.#moveCursorTo(0); return;
      case 'end': this.#moveCursorTo(this.line.length); return;
      case 'up': this.#historyMove(1); return;
      case 'down': this.#historyMove(-1); return;
      case 'tab':
        if (typeof this.completer === 'function' && this.isCompletionEnabled) {
          this.#complete(previousKey?.name === 'tab');
          return;
        }
        break;
      default:
        if (key.code !== undefined) return; // an escape sequence with no editing meaning
    }
    if (typeof s !== 'string' || s === '') return;
    // Pasted text may hold several lines.
    const parts = s.split(/\r\n|\n|\r/);
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) this.#submitLine();
      if (parts[i] !== '') this.#insertString(parts[i]);
    }
  }
}

/**
 * The completion list as drawn under the line: rows of columns `columns` wide at most, each entry
 * padded to the widest one plus 2; '' ends a group, and a blank line follows each group.
 */
function completionList(completions, columns) {
  const widths = completions.map((c) => getStringWidth(c));
  const width = Math.max(...widths) + 2;
  let perRow = Math.floor(columns / width) || 1;
  if (perRow === Infinity) perRow = 1;
  let out = '\r\n';
  let inRow = 0;
  let pad = 0;
  for (let i = 0; i < completions.length; i++) {
    if (completions[i] === '' || inRow === perRow) {
      out += '\r\n';
      inRow = 0;
      pad = 0;
    } else {
      out += ' '.repeat(pad);
    }
    if (completions[i] === '') {
      out += '\r\n';
    } else {
      out += completions[i];
      pad = width - widths[i];
      inRow++;
    }
  }
  if (inRow !== 0) out += '\r\n\r\n';
  return out;
}

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  let prefix = strings[0];
  for (const s of strings) {
    let i = 0;
    while (i < prefix.length && i < s.length && prefix[i] === s[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

// util.promisify(rl.question) gives the promise form, as node's does.
Interface.prototype.question[Symbol.for('nodejs.util.promisify.custom')] = function question(query, options) {
  return this[kQuestionAsPromise](query, options);
};

module.exports = { Interface, kQuestion, kQuestionAsPromise };

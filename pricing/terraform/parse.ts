import { Money } from "../money";
import { BinaryOperator, Node, SPLAT_ITEM } from "./syntax";
import { checkedNumber, ExpressionError, isDigit, LimitExceeded, LIMITS } from "./values";

/**
 * A parser for Terraform's expression syntax (HCL native syntax) as it appears in Terraform JSON strings: a template
 * (`"web-${var.env}"`) whose interpolations hold expressions. A hand-written tokenizer reads each character once (no
 * regular expressions, so no backtracking), and a recursive descent parser builds the tree, nesting at most
 * LIMITS.maxDepth levels. Any problem is an ExpressionError naming the position; nothing else is thrown.
 *
 * Read: literals (numbers, strings with nested templates, true/false/null), `var.` and `local.` references, index and
 * attribute access, splats (`[*]`, `.*`), unary and binary operators with HCL's precedence, conditionals, function
 * calls (with `...` expansion), tuples, objects and for expressions. Not read: template directives (`%{if}`, `%{for}`)
 * and heredocs.
 */

type TokenKind = "number" | "ident" | "op" | "quote" | "eof";
interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly pos: number;
}

const OPERATORS_2 = new Set(["==", "!=", "<=", ">=", "&&", "||", "=>", "::"]);
const OPERATORS_1 = new Set(["+", "-", "*", "/", "%", "<", ">", "!", "?", ":", ".", ",", "(", ")", "[", "]", "{", "}", "=", "~"]);

/** Binary operators by precedence level, lowest first (HCL: || then && then ==/!= then comparisons, +/-, then * / %). */
const LEVELS: readonly (readonly BinaryOperator[])[] = [["||"], ["&&"], ["==", "!="], ["<", ">", "<=", ">="], ["+", "-"], ["*", "/", "%"]];

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || isDigit(c) || c === 45; // HCL identifiers may contain dashes
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

class Parser {
  private pos = 0;
  private tok: Token = { kind: "eof", text: "", pos: 0 };
  private depth = 0;

  constructor(private readonly src: string) {}

  fail(message: string, pos = this.tok.pos): never {
    throw new ExpressionError(`${message} at character ${pos + 1}`);
  }

  private enter(): void {
    if (++this.depth > LIMITS.maxDepth) throw new LimitExceeded(`the expression nests deeper than ${LIMITS.maxDepth} levels at character ${this.tok.pos + 1}`);
  }
  private leave(): void {
    this.depth--;
  }

  /** Reads the next token from `pos` (one token of lookahead: `tok`). */
  private advance(): void {
    const s = this.src;
    let i = this.skipSpaceAndComments(this.pos);
    if (i >= s.length) {
      this.pos = i;
      this.tok = { kind: "eof", text: "", pos: i };
      return;
    }
    const c = s.charCodeAt(i);
    const start = i;
    if (isDigit(c)) {
      while (i < s.length && isDigit(s.charCodeAt(i))) i++;
      if (s[i] === "." && isDigit(s.charCodeAt(i + 1))) {
        i++;
        while (i < s.length && isDigit(s.charCodeAt(i))) i++;
      }
      if (s[i] === "e" || s[i] === "E") {
        let j = i + 1;
        if (s[j] === "+" || s[j] === "-") j++;
        if (isDigit(s.charCodeAt(j))) {
          while (j < s.length && isDigit(s.charCodeAt(j))) j++;
          i = j;
        }
      }
      this.tok = { kind: "number", text: s.slice(start, i), pos: start };
    } else if (isIdentStart(c)) {
      while (i < s.length && isIdentPart(s.charCodeAt(i))) i++;
      this.tok = { kind: "ident", text: s.slice(start, i), pos: start };
    } else if (c === 34) {
      i++;
      this.tok = { kind: "quote", text: '"', pos: start };
    } else if (s.startsWith("...", i)) {
      i += 3;
      this.tok = { kind: "op", text: "...", pos: start };
    } else if (s.startsWith("<<", i)) {
      this.fail("heredoc strings (<<) are not read by costkit; write the text as a quoted string", i);
    } else if (OPERATORS_2.has(s.slice(i, i + 2))) {
      i += 2;
      this.tok = { kind: "op", text: s.slice(start, i), pos: start };
    } else if (OPERATORS_1.has(s[i])) {
      i++;
      this.tok = { kind: "op", text: s[start], pos: start };
    } else {
      this.fail(`unexpected character ${JSON.stringify(s[i])}`, i);
    }
    this.pos = i;
  }

  /**
   * The position after whitespace and comments from `i`: as in HCL, a comment may stand wherever a space may inside an
   * expression (`# …` and `// …` to the end of the line, and block comments), as converted .tf files keep them.
   */
  private skipSpaceAndComments(i: number): number {
    const s = this.src;
    for (;;) {
      while (i < s.length && isSpace(s.charCodeAt(i))) i++;
      if (s[i] === "#" || s.startsWith("//", i)) {
        while (i < s.length && s[i] !== "\n") i++;
      } else if (s.startsWith("/*", i)) {
        const end = s.indexOf("*/", i + 2);
        if (end < 0) this.fail("a comment (/*) is not closed", i);
        i = end + 2;
      } else {
        return i;
      }
    }
  }

  private isWord(word: string): boolean {
    return this.tok.kind === "ident" && this.tok.text === word;
  }

  private is(text: string): boolean {
    return this.tok.kind === "op" && this.tok.text === text;
  }

  private expect(text: string, what: string): void {
    if (!this.is(text)) this.fail(`expected ${JSON.stringify(text)} ${what}, found ${this.describe()}`);
    this.advance();
  }

  private describe(): string {
    return this.tok.kind === "eof" ? "the end of the expression" : JSON.stringify(this.tok.text);
  }

  /**
   * A template from `pos`: literal text with `${…}` interpolations, up to the end of the source (`quoted` false) or
   * to the closing quote (`quoted` true, with backslash escapes). Leaves `pos` after the template.
   */
  template(quoted: boolean): Node {
    this.enter();
    const s = this.src;
    const parts: (string | Node)[] = [];
    let text = "";
    let stripNext = false;
    let i = this.pos;
    const flush = () => {
      if (text !== "") parts.push(stripNext ? text.trimStart() : text);
      text = "";
      stripNext = false;
    };
    for (;;) {
      if (i >= s.length) {
        if (quoted) this.fail("the string has no closing quote", i);
        break;
      }
      const ch = s[i];
      if (quoted && ch === '"') {
        i++;
        break;
      }
      if (quoted && (ch === "\n" || ch === "\r")) this.fail("a quoted string cannot span lines; use \\n", i);
      if (quoted && ch === "\\") {
        const [value, next] = this.escape(i);
        text += value;
        i = next;
        continue;
      }
      if ((ch === "$" || ch === "%") && s[i + 1] === ch && s[i + 2] === "{") {
        text += ch + "{"; // $${ and %%{ are a literal ${ and %{
        i += 3;
        continue;
      }
      if (ch === "%" && s[i + 1] === "{") this.fail("template directives (%{if}, %{for}) are not evaluated by costkit", i);
      if (ch === "$" && s[i + 1] === "{") {
        let j = i + 2;
        const stripBefore = s[j] === "~";
        if (stripBefore) {
          j++;
          text = text.trimEnd();
        }
        if (text !== "" || stripNext) flush();
        this.pos = j;
        this.advance();
        const expr = this.expression();
        let stripAfter = false;
        if (this.is("~")) {
          stripAfter = true;
          this.advance();
        }
        if (!this.is("}")) this.fail(`expected "}" to close the interpolation, found ${this.describe()}`);
        parts.push(expr);
        i = this.tok.pos + 1;
        stripNext = stripAfter;
        continue;
      }
      text += ch;
      i++;
      if (text.length > LIMITS.maxStringLength) this.fail("the string is too long");
    }
    if (text !== "") flush();
    this.pos = i;
    this.leave();
    return { kind: "template", parts };
  }

  /** A backslash escape at `i` inside a quoted string: its text and the position after it. */
  private escape(i: number): [string, number] {
    const s = this.src;
    const e = s[i + 1];
    const simple: Record<string, string> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };
    if (e !== undefined && Object.prototype.hasOwnProperty.call(simple, e)) return [simple[e], i + 2];
    if (e === "u" || e === "U") {
      const len = e === "u" ? 4 : 8;
      const hex = s.slice(i + 2, i + 2 + len);
      let ok = hex.length === len;
      for (let k = 0; ok && k < hex.length; k++) ok = /[0-9a-fA-F]/.test(hex[k]);
      const cp = ok ? parseInt(hex, 16) : NaN;
      if (!ok || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) this.fail(`bad escape \\${e}${hex}`, i);
      return [String.fromCodePoint(cp), i + 2 + len];
    }
    return this.fail(`unknown escape \\${e ?? ""} in a quoted string`, i);
  }

  expression(): Node {
    this.enter();
    const condition = this.binary(0);
    let out = condition;
    if (this.is("?")) {
      this.advance();
      const then = this.expression();
      this.expect(":", "between the two results of a conditional");
      const otherwise = this.expression();
      out = { kind: "conditional", condition, then, else: otherwise };
    }
    this.leave();
    return out;
  }

  private binary(level: number): Node {
    if (level === LEVELS.length) return this.unary();
    const saved = this.depth;
    let left = this.binary(level + 1);
    const ops = LEVELS[level];
    while (this.tok.kind === "op" && (ops as readonly string[]).includes(this.tok.text)) {
      const op = this.tok.text as BinaryOperator;
      this.advance();
      this.enter(); // a long chain is as deep to evaluate as a nested one
      const right = this.binary(level + 1);
      left = { kind: "binary", op, left, right };
    }
    this.depth = saved;
    return left;
  }

  private unary(): Node {
    if (this.is("-") || this.is("!")) {
      const op = this.tok.text as "-" | "!";
      this.advance();
      this.enter();
      const operand = this.unary();
      this.leave();
      return { kind: "unary", op, operand };
    }
    return this.postfix();
  }

  private postfix(): Node {
    const start = this.tok.pos;
    const saved = this.depth;
    let node = this.primary();
    const root = node.kind === "name" ? node : undefined;
    let splat: { target: Node; item: Node } | undefined;
    const wrap = (make: (target: Node) => Node) => {
      this.enter();
      if (splat) splat.item = make(splat.item);
      else node = make(node);
    };
    for (;;) {
      if (this.is(".")) {
        this.advance();
        if (this.is("*")) {
          this.advance();
          if (splat) node = { kind: "splat", target: splat.target, each: splat.item };
          splat = { target: node, item: { kind: "name", name: SPLAT_ITEM, text: "" } };
          this.enter();
          continue;
        }
        if (this.tok.kind === "ident") {
          const name = this.tok.text;
          this.advance();
          wrap((target) => ({ kind: "attribute", target, name }));
          continue;
        }
        if (this.tok.kind === "number" && /^\d+$/.test(this.tok.text)) {
          const key: Node = { kind: "literal", value: new Money(this.tok.text) };
          this.advance();
          wrap((target) => ({ kind: "index", target, key }));
          continue;
        }
        this.fail(`expected an attribute name after ".", found ${this.describe()}`);
      }
      if (this.is("[")) {
        this.advance();
        if (this.is("*")) {
          this.advance();
          this.expect("]", "to close [*]");
          if (splat) node = { kind: "splat", target: splat.target, each: splat.item };
          splat = { target: node, item: { kind: "name", name: SPLAT_ITEM, text: "" } };
          this.enter();
          continue;
        }
        const key = this.expression();
        this.expect("]", "to close the index");
        wrap((target) => ({ kind: "index", target, key }));
        continue;
      }
      break;
    }
    if (splat) node = { kind: "splat", target: splat.target, each: splat.item };
    if (root) root.text = this.src.slice(start, this.lastEnd);
    this.depth = saved;
    return node;
  }

  /** The end of the token before `tok` (for the text of a reference). */
  private get lastEnd(): number {
    let e = this.tok.pos;
    while (e > 0 && isSpace(this.src.charCodeAt(e - 1))) e--;
    return e;
  }

  private primary(): Node {
    const t = this.tok;
    if (t.kind === "number") {
      this.advance();
      let value;
      try {
        value = checkedNumber(new Money(t.text));
      } catch (e) {
        if (e instanceof ExpressionError) throw e;
        this.fail(`bad number ${t.text}`, t.pos);
      }
      return { kind: "literal", value };
    }
    if (t.kind === "quote") {
      this.pos = t.pos + 1;
      const node = this.template(true);
      this.advance();
      return node;
    }
    if (t.kind === "ident") {
      this.advance();
      if (t.text === "true" || t.text === "false") return { kind: "literal", value: t.text === "true" };
      if (t.text === "null") return { kind: "literal", value: null };
      if (this.is("::")) {
        let name = t.text;
        while (this.is("::")) {
          this.advance();
          if (this.tok.kind !== "ident") this.fail(`expected a function name after "::", found ${this.describe()}`);
          name += "::" + this.tok.text;
          this.advance();
        }
        if (!this.is("(")) this.fail(`expected "(" after the function name ${name}`);
        return this.call(name);
      }
      if (this.is("(")) return this.call(t.text);
      if ((t.text === "var" || t.text === "local") && this.is(".")) {
        this.advance();
        if (this.tok.kind !== "ident") this.fail(`expected a name after "${t.text}.", found ${this.describe()}`);
        const name = this.tok.text;
        this.advance();
        return t.text === "var" ? { kind: "variable", name } : { kind: "local", name };
      }
      return { kind: "name", name: t.text, text: t.text };
    }
    if (this.is("(")) {
      this.advance();
      const inner = this.expression();
      this.expect(")", "to close the parenthesis");
      return inner;
    }
    if (this.is("[")) return this.tuple();
    if (this.is("{")) return this.object();
    return this.fail(`expected a value, found ${this.describe()}`);
  }

  private call(name: string): Node {
    this.enter();
    this.advance(); // (
    const args: Node[] = [];
    let expandLast = false;
    while (!this.is(")")) {
      args.push(this.expression());
      if (this.is("...")) {
        this.advance();
        expandLast = true;
        if (!this.is(")")) this.fail(`"..." expands the last argument of ${name}() only`);
        break;
      }
      if (this.is(",")) this.advance();
      else if (!this.is(")")) this.fail(`expected "," or ")" in the arguments of ${name}(), found ${this.describe()}`);
    }
    this.advance(); // )
    this.leave();
    return { kind: "call", name, args, expandLast };
  }

  private tuple(): Node {
    this.enter();
    this.advance(); // [
    if (this.isWord("for")) {
      const node = this.forExpression("]");
      this.leave();
      return node;
    }
    const items: Node[] = [];
    while (!this.is("]")) {
      items.push(this.expression());
      if (this.is(",")) this.advance();
      else if (!this.is("]")) this.fail(`expected "," or "]" in a list, found ${this.describe()}`);
    }
    this.advance();
    this.leave();
    return { kind: "tuple", items };
  }

  private object(): Node {
    this.enter();
    this.advance(); // {
    if (this.isWord("for")) {
      const node = this.forExpression("}");
      this.leave();
      return node;
    }
    const items: { key: Node; value: Node }[] = [];
    while (!this.is("}")) {
      let key = this.expression();
      // A bare name is the key itself (`{ region = "x" }`), as in Terraform; parentheses make it an expression.
      if (key.kind === "name" && key.text === key.name) key = { kind: "literal", value: key.name };
      if (!this.is("=") && !this.is(":")) this.fail(`expected "=" or ":" after an object key, found ${this.describe()}`);
      this.advance();
      items.push({ key, value: this.expression() });
      if (this.is(",")) this.advance();
    }
    this.advance();
    this.leave();
    return { kind: "object", items };
  }

  /** `for k, v in coll : body if cond` up to the closing bracket (the keyword `for` is the current token). */
  private forExpression(close: "]" | "}"): Node {
    this.advance(); // for
    const names: string[] = [];
    for (;;) {
      if (this.tok.kind !== "ident") this.fail(`expected a name in the for expression, found ${this.describe()}`);
      names.push(this.tok.text);
      this.advance();
      if (!this.is(",")) break;
      this.advance();
    }
    if (names.length > 2) this.fail("a for expression binds at most a key and a value");
    if (!this.isWord("in")) this.fail(`expected "in" in the for expression, found ${this.describe()}`);
    this.advance();
    const collection = this.expression();
    this.expect(":", "after the collection of a for expression");
    let keyBody: Node | undefined;
    let body = this.expression();
    let grouping = false;
    if (close === "}") {
      this.expect("=>", "between the key and the value of an object for expression");
      keyBody = body;
      body = this.expression();
      if (this.is("...")) {
        this.advance();
        grouping = true;
      }
    }
    let condition: Node | undefined;
    if (this.isWord("if")) {
      this.advance();
      condition = this.expression();
    }
    this.expect(close, "to close the for expression");
    return {
      kind: "for", keyName: names.length === 2 ? names[0] : undefined, valueName: names[names.length - 1],
      collection, keyBody, body, grouping, condition,
    };
  }

  /** Parses a lone expression (no template around it). */
  whole(): Node {
    this.advance();
    const node = this.expression();
    if (this.tok.kind !== "eof") this.fail(`unexpected ${this.describe()} after the expression`);
    return node;
  }
}

function checkLength(src: string): void {
  if (src.length > LIMITS.maxSourceLength) throw new LimitExceeded(`the expression is ${src.length} characters long; costkit reads up to ${LIMITS.maxSourceLength}`);
}

/** Parses a string of Terraform JSON as a template (`"${var.a}-x"`). Throws ExpressionError only. */
export function parseTemplate(src: string): Node {
  checkLength(src);
  return guard(() => new Parser(src).template(false));
}

/** Parses a lone expression (`var.a ? 1 : 0`). Throws ExpressionError only. */
export function parseExpression(src: string): Node {
  checkLength(src);
  return guard(() => new Parser(src).whole());
}

/** Turns an engine stack overflow (which the depth limit should prevent) into the documented error. */
function guard<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof RangeError) throw new LimitExceeded("the expression nests too deeply");
    throw e;
  }
}

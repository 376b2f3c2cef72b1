import { Value } from "./values";

/** The syntax tree of a Terraform (HCL native syntax) expression or string template. */
export type Node =
  | { readonly kind: "literal"; readonly value: Value }
  /** A string template: literal text and interpolations. Exactly one `${…}` and nothing else gives its value as it is. */
  | { readonly kind: "template"; readonly parts: readonly (string | Node)[] }
  | { readonly kind: "variable"; readonly name: string }
  | { readonly kind: "local"; readonly name: string }
  /** A name bound by a for expression or a splat, or the root of a reference costkit cannot know (`aws_vpc.main.id`,
   *  `each.key`, `data.…`); `text` is the reference as written, for messages. */
  | { readonly kind: "name"; readonly name: string; text: string }
  | { readonly kind: "attribute"; readonly target: Node; readonly name: string }
  | { readonly kind: "index"; readonly target: Node; readonly key: Node }
  /** `target[*].rest`: `each` is evaluated once per element with the element bound to SPLAT_ITEM. */
  | { readonly kind: "splat"; readonly target: Node; readonly each: Node }
  | { readonly kind: "unary"; readonly op: "-" | "!"; readonly operand: Node }
  | { readonly kind: "binary"; readonly op: BinaryOperator; readonly left: Node; readonly right: Node }
  | { readonly kind: "conditional"; readonly condition: Node; readonly then: Node; readonly else: Node }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly Node[]; readonly expandLast: boolean }
  | { readonly kind: "tuple"; readonly items: readonly Node[] }
  | { readonly kind: "object"; readonly items: readonly { readonly key: Node; readonly value: Node }[] }
  | {
      readonly kind: "for";
      readonly keyName: string | undefined;
      readonly valueName: string;
      readonly collection: Node;
      /** For an object result, the key expression; undefined for a list result. */
      readonly keyBody: Node | undefined;
      readonly body: Node;
      readonly grouping: boolean;
      readonly condition: Node | undefined;
    };

export type BinaryOperator = "||" | "&&" | "==" | "!=" | "<" | ">" | "<=" | ">=" | "+" | "-" | "*" | "/" | "%";

/** The name a splat binds its element to (not an identifier, so no expression can shadow it). */
export const SPLAT_ITEM = " splat";

import fc from "fast-check";
import { outcome } from "../../helpers/outcome";
import { UnevaluableValue, UnresolvedValue } from "../../../pricing/errors";
import { Money } from "../../../pricing/money";
import { Evaluation } from "../../../pricing/terraform/evaluate";
import { parseExpression, parseTemplate } from "../../../pricing/terraform/parse";
import { TerraformResolver } from "../../../pricing/terraform/resolver";
import { ExpressionError, LimitExceeded, toJson } from "../../../pricing/terraform/values";
import { variableDeclarations } from "../../../pricing/terraform/variables";

const declarations = variableDeclarations(
  {
    region: { default: null },
    create: { default: true },
    ha: { default: false },
    size: { default: 10 },
    ratio: { default: 0.5 },
    env: { default: "prod" },
    types: { default: { small: "t3.micro", large: "m5.large" } },
    zones: { default: ["a", "b", "c"] },
    nodefault: { type: "number" },
    count_text: { type: "number" },
  },
  "variables.tf.json",
);
const locals = {
  name: "${var.env}-web",
  machine: "${lookup(var.types, var.env == \"prod\" ? \"large\" : \"small\")}",
  nested: { tier: "${var.ha ? \"REGIONAL\" : \"ZONAL\"}", list: ["${var.size}", 2] },
  loop_a: "${local.loop_b}",
  loop_b: "${local.loop_a}",
  after_apply: "${aws_vpc.main.id}",
};
const resolver = new TerraformResolver(declarations, locals, new Map([["count_text", "3"]]));

/** The value of `${src}`, or what it threw: "unknown: …" or "error: …". */
function ev(src: string): unknown {
  return outcome(() => resolver.resolve(`\${${src}}`, "attr"));
}

describe("Terraform expressions: literals, references and operators", () => {
  test.each([
    ["1", 1], ["1.25", 1.25], ["-3", -3], ["1e3", 1000], ['"a"', "a"], ["true", true], ["null", null],
    ['"a\\"b\\\\c\\n"', 'a"b\\c\n'], ['"\\u00e9"', "é"], ['"x${var.env}y"', "xprody"], ['"${"in${"ner"}"}"', "inner"],
    ["var.size", 10], ["var.region", null], ["var.types.small", "t3.micro"], ['var.types["large"]', "m5.large"],
    ["var.zones[1]", "b"], ["var.zones.2", "c"], ["local.name", "prod-web"], ["local.machine", "m5.large"],
    ["local.nested.tier", "ZONAL"], ["local.nested.list[0]", 10], ["var.count_text", 3],
    ["[1, 2, 3][0]", 1], ['{a = 1, "b" = 2, c: 3}.b', 2], ["{(var.env) = 1}", { prod: 1 }],
  ])("%s → %j", (src, want) => expect(ev(src)).toEqual(want));

  test.each([
    ["1 + 2 * 3", 7], ["(1 + 2) * 3", 9], ["10 - 4 - 3", 3], ["2 * 3 % 4", 2], ["7 / 2", 3.5], ["-2 * -3", 6],
    ["1 + 2 == 3", true], ["1 < 2 && 2 < 1", false], ["1 < 2 || 2 < 1", true], ["!true || true", true],
    ["1 == 1 && 2 != 2 || true", true], ['"1" == 1', false], ["[1, 2] == [1, 2]", true], ["{a = 1} == {a = 1}", true],
    ['"2" + 3', 5], ["var.size * var.ratio", 5], ["0.1 + 0.2", 0.3], ["1 >= 1", true], ["2 <= 1", false],
    ["true ? 1 : 0", 1], ["false ? 1 : true ? 2 : 3", 2], ['var.ha ? "REGIONAL" : "ZONAL"', "ZONAL"],
    ["var.create ? 1 : 0", 1], ["1 < 2 ? 3 + 4 : 5", 7],
  ])("%s → %j", (src, want) => expect(ev(src)).toEqual(want));

  test("exact decimal arithmetic: 1/3 keeps 40 significant digits, 0.1 + 0.2 is 0.3", () => {
    expect(ev("1 / 3")).toBe("0.3333333333333333333333333333333333333333");
    expect(ev("0.1 + 0.2")).toBe(0.3);
  });

  test("the whole template keeps the value's type; a longer template is a string", () => {
    expect(ev("var.zones")).toEqual(["a", "b", "c"]);
    expect(resolver.resolve("size-${var.size}", "p")).toBe("size-10");
    expect(resolver.resolve("$${var.size} and %%{x}", "p")).toBe("${var.size} and %{x}");
    expect(resolver.resolve("a ${~ var.env ~} b", "p")).toBe("aprodb");
  });

  test("a null variable is a known null (Terraform's 'not set'), and coalesce skips it", () => {
    expect(ev("var.region")).toBeNull();
    expect(ev('coalesce(var.region, "us-east-1")')).toBe("us-east-1");
    expect(ev('var.region == null ? "default" : var.region')).toBe("default");
  });
});

describe("Terraform expressions: functions", () => {
  test.each([
    ['lookup(var.types, "small")', "t3.micro"], ['lookup(var.types, "x", "dflt")', "dflt"],
    ['coalesce("", null, "b")', "b"], ['coalescelist([], ["x"])', ["x"]],
    ["try(var.types.huge, var.types.small)", "t3.micro"], ["try(1)", 1], ["can(var.types.huge)", false], ["can(var.size)", true],
    ['length("héllo")', 5], ["length(var.zones)", 3], ["length(var.types)", 2],
    ["max(1, 5, 3)", 5], ["min(4, 2.5)", 2.5], ["max(var.zones...)", "error"], ["max([3, 9]...)", 9], ['max("7", 2)', 7],
    ['format("%s-%d", "web", 3)', "web-3"], ['format("%v/%v", true, 1.5)', "true/1.5"], ['format("%.2f%%", 12.346)', "12.35%"],
    ['join("-", ["a", "b"], ["c"])', "a-b-c"], ['split(",", "a,b,c")', ["a", "b", "c"]],
    ["merge({a = 1, b = 2}, {b = 3}, null)", { a: 1, b: 3 }], ["tomap({a = 1})", { a: 1 }], ["tolist([1, 2])", [1, 2]],
    ['toset(["b", "a", "b"])', ["a", "b"]], ["concat([1], [2, 3])", [1, 2, 3]], ["element(var.zones, 4)", "b"],
    ['contains(var.zones, "c")', true], ['contains(var.zones, "d")', false], ['upper("eu")', "EU"], ['lower("US")', "us"],
    ['replace("a-b-c", "-", "_")', "a_b_c"], ['tonumber("42")', 42], ["tostring(1.50)", "1.5"], ["tostring(true)", "true"],
    ["ceil(1.2)", 2], ["floor(-1.2)", -2], ["abs(-3)", 3], ["keys({b = 1, a = 2})", ["a", "b"]], ["values({b = 1, a = 2})", [2, 1]],
    ['compact(["a", "", null, "b"])', ["a", "b"]], ["flatten([[1, [2]], 3])", [1, 2, 3]], ["distinct([1, 1, 2])", [1, 2]],
    ["sum([1, 2.5])", 3.5], ["one([])", null], ['trimspace("  x ")', "x"], ['startswith("n2-standard", "n2")', true],
    ['join("-", slice(split("-", "us-central1-a"), 0, 2))', "us-central1"], ["slice(var.zones, 1, 3)", ["b", "c"]],
    ["slice(var.zones, 2, 2)", []], ["slice(var.zones, 2, 4)", "error"], ["slice(var.zones, -1, 2)", "error"],
    ['substr("POSTGRES_15", 0, 1)', "P"], ['substr("héllo", 1, 3)', "éll"], ['substr("hello", -3, -1)', "llo"], ['substr("hi", 5, 1)', "error"],
    ['sort(["b", "a", "c"])', ["a", "b", "c"]], ["sort([10, 9])", ["10", "9"]], ["reverse([1, 2, 3])", [3, 2, 1]],
    ['trimprefix("projects/p", "projects/")', "p"], ['trimprefix("x", "y")', "x"], ['trimsuffix("a.tf", ".tf")', "a"],
  ])("%s → %j", (src, want) => {
    const got = ev(src);
    if (want === "error") expect(String(got)).toMatch(/^error: /);
    else expect(got).toEqual(want);
  });

  test.each([
    ['lookup(var.types, "x")', /no key "x" and no default/],
    ["coalesce(null, \"\")", /every argument is null or an empty string/],
    ['format("%q", 1)', /verbs %s, %d, %v, %f and %%, not %q/],
    ['format("%d", 1.5)', /%d needs a whole number/],
    ['format("%s %s", 1)', /not enough arguments/],
    ['replace("a", "/a/", "b")', /regular expression/],
    ["element([], 0)", /empty list/],
    ["nope(1)", /does not evaluate the function nope\(\); it evaluates abs, alltrue, anytrue, base64decode/],
    ["length(1, 2)", /length\(\) takes 1 argument, got 2/],
    ["try(var.types.huge)", /every argument failed/],
    ['tonumber("abc")', /cannot convert "abc" to a number/],
    ["1 / 0", /division by zero/],
    ['"a" + 1', /left side of \+ must be a number, got the string "a"/],
    ["var.zones[5]", /index 5 is out of range for a list of 3/],
    ["var.types.nope", /no attribute "nope"/],
    ["!1", /operand of ! must be a bool/],
    ['"x" ? 1 : 2', /condition must be a bool/],
    ["local.loop_a", /local.loop_a.*refers to itself/],
  ])("%s fails: %s", (src, message) => expect(String(ev(src))).toMatch(new RegExp(`^error: .*${message.source}`)));
});

describe("Terraform expressions: for expressions and splats", () => {
  test.each([
    ["[for z in var.zones : upper(z)]", ["A", "B", "C"]],
    ['[for i, z in var.zones : "${i}${z}" if z != "b"]', ["0a", "2c"]],
    ["{for k, v in var.types : v => k}", { "t3.micro": "small", "m5.large": "large" }],
    ["{for z in var.zones : \"k\" => z...}", { k: ["a", "b", "c"] }],
    ["[{a = 1}, {a = 2}][*].a", [1, 2]],
    ["[{a = {b = 1}}].*.a", [{ b: 1 }]],
    ["length([for z in var.zones : z if z == \"a\"])", 1],
  ])("%s → %j", (src, want) => expect(ev(src)).toEqual(want));
});

describe("Terraform expressions: what stays unknown", () => {
  test.each([
    ["aws_vpc.main.id", /attr is not known before apply \(\$\{aws_vpc\.main\.id\}\)$/],
    ["var.nodefault", /\(\$\{var\.nodefault\}\)$/],
    ["var.nodefault + 1", /: var\.nodefault has no value \(no default\); give it one in terraform\.tfvars\.json/],
    ["var.undeclared * 2", /var\.undeclared is not declared/],
    ["data.aws_ami.x.id == \"a\"", /data\.aws_ami\.x\.id is read from the provider when Terraform plans/],
    ["module.net.subnet_ids[0] == \"x\"", /module\.net\.subnet_ids\[0\] is an output of a module/],
    ["count.index * 2", /count\.index differs from one instance to the next/],
    ["local.after_apply", /aws_vpc\.main\.id is known only after apply/],
    ["aws_vpc.main.id == null ? 1 : 0", /known only after apply/],
    ["[1, aws_x.y.z]", /aws_x\.y\.z/],
    ["max(1, aws_x.y.n)", /aws_x\.y\.n/],
    ["try(aws_x.y.n, 1)", /aws_x\.y\.n/],
    ["\"a-${aws_x.y.n}\"", /aws_x\.y\.n/],
  ])("%s is unknown", (src, message) => {
    const got = String(ev(src));
    expect(got).toMatch(/^unknown: /);
    expect(got).toMatch(message);
  });

  test("unknowns that cannot change the result do not matter: length, a decided && or ||, an unused branch", () => {
    expect(ev("length([aws_x.y.a, aws_x.y.b])")).toBe(2);
    expect(ev("false && aws_x.y.b")).toBe(false);
    expect(ev("true || aws_x.y.b")).toBe(true);
    expect(ev("aws_x.y.b || true")).toBe(true);
    expect(ev("var.create ? 2 : aws_x.y.n")).toBe(2);
    expect(ev('lookup({a = 1, b = aws_x.y.n}, "a")')).toBe(1);
  });
});

describe("Terraform expressions: hostile input", () => {
  test("deep nesting is a clear error, not a stack overflow", () => {
    expect(() => parseExpression("(".repeat(100) + "1" + ")".repeat(100))).toThrow(/nests deeper than 64 levels/);
    expect(() => parseExpression("-".repeat(100) + "1")).toThrow(LimitExceeded);
    expect(() => parseExpression("[".repeat(10000))).toThrow(LimitExceeded);
    expect(() => parseExpression("f(".repeat(10000))).toThrow(LimitExceeded);
    expect(() => parseTemplate('${"${"'.repeat(1000))).toThrow(LimitExceeded);
    expect(String(ev("(".repeat(100) + "1" + ")".repeat(100)))).toMatch(/^error: the expression nests deeper than 64 levels/);
    expect(parseExpression("(".repeat(30) + "1" + ")".repeat(30))).toEqual({ kind: "literal", value: new Money(1) });
  });

  test("sizes are bounded: long sources, huge numbers, strings and lists grown by functions", () => {
    expect(() => parseTemplate("x".repeat(70000))).toThrow(/characters long; costkit reads up to 65536/);
    expect(String(ev("1e999999"))).toMatch(/out of range/);
    expect(String(ev("1e900 * 1e900"))).toMatch(/out of range/);
    const doubling: Record<string, unknown> = { l0: ["x", "x"] };
    for (let i = 1; i <= 40; i++) doubling[`l${i}`] = `\${concat(local.l${i - 1}, local.l${i - 1})}`;
    const hostile = new TerraformResolver(new Map(), doubling);
    expect(() => hostile.resolve("${length(local.l40)}", "p")).toThrow(/larger than costkit evaluates/);
    const chain: Record<string, unknown> = { c0: "1" };
    for (let i = 1; i <= 5000; i++) chain[`c${i}`] = `\${local.c${i - 1}}`;
    expect(() => new TerraformResolver(new Map(), chain).resolve("${local.c5000}", "p")).toThrow(/nests deeper than 256 levels/);
  });

  test("object keys are data: constructor and __proto__ never reach Object.prototype", () => {
    expect(String(ev("{}.constructor"))).toMatch(/no attribute "constructor"/);
    expect(String(ev('{}["__proto__"]'))).toMatch(/no key "__proto__"/);
    expect(String(ev('lookup({}, "toString", "none")'))).toBe("none");
    expect(ev('{"__proto__" = 1}.__proto__')).toBe(1);
    const withProto = new TerraformResolver(variableDeclarations(JSON.parse('{"m": {"default": {"__proto__": {"x": 1}}}}'), "v.tf.json"), {});
    expect(withProto.resolve('${keys(var.m)}', "p")).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(String(ev("var.constructor"))).toMatch(/var\.constructor is not declared|not known before apply/);
  });

  test("comments stand where spaces may, as in HCL (a module's locals often explain themselves), never inside strings", () => {
    expect(resolver.resolve("${(\n  # must be true when preemptible or spot is true\n  true || false ? 1 : 2\n)}", "p")).toBe(1);
    expect(resolver.resolve("${1 + // one more\n 2 /* and a block */ * 3}", "p")).toBe(7);
    expect(resolver.resolve('${"a # not a comment // nor /* this */"}', "p")).toBe("a # not a comment // nor /* this */");
    expect(resolver.resolve("${6 / 3}", "p")).toBe(2);
    expect(() => resolver.resolve("${1 /* never closed }", "p")).toThrow(/a comment \(\/\*\) is not closed/);
  });

  test("syntax costkit does not read is named", () => {
    expect(String(ev("1 +"))).toMatch(/^error: expected a value, found "}"/);
    expect(() => resolver.resolve("%{ if true }x%{ endif }", "p")).toThrow(/template directives \(%\{if\}, %\{for\}\) are not evaluated by costkit/);
    expect(() => resolver.resolve("${<<EOT\nx\nEOT}", "p")).toThrow(/heredoc/);
    expect(() => resolver.resolve("${1 +}", "p")).toThrow(UnevaluableValue);
  });
});

describe("Terraform expressions: properties", () => {
  /** A random arithmetic expression over small decimals, with the exact value decimal.js gives. */
  const arithmetic: fc.Memo<{ src: string; value: InstanceType<typeof Money> }> = fc.memo((n) => {
    const leaf = fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([i, f]) => {
      const text = `${i}.${String(f).padStart(2, "0")}`;
      return { src: text, value: new Money(text) };
    });
    if (n <= 1) return leaf;
    return fc.oneof(
      leaf,
      fc.tuple(arithmetic(n - 1), fc.constantFrom("+", "-", "*"), arithmetic(n - 1)).map(([a, op, b]) => ({
        src: `(${a.src} ${op} ${b.src})`,
        value: op === "+" ? a.value.plus(b.value) : op === "-" ? a.value.minus(b.value) : a.value.times(b.value),
      })),
      arithmetic(n - 1).map((a) => ({ src: `-${a.src}`, value: a.value.neg() })),
    );
  });

  test("evaluating generated arithmetic equals decimal arithmetic", () => {
    fc.assert(
      fc.property(arithmetic(5), ({ src, value }) => {
        const got = new Evaluation({ variable: () => null, local: () => null }).evaluate(parseExpression(src));
        expect(String(toJson(got))).toBe(String(toJson(value)));
      }),
      { numRuns: 300 },
    );
  });

  test("the parser and evaluator throw nothing but ExpressionError on any string, and finish fast", () => {
    const alphabet = fc.constantFrom(..."${}[]()\"\\%~*.,:?!=<>&|+-/ 0123456789abevarlocl_\nforin".split(""));
    const pieces = fc.constantFrom("${", "}", "var.", "local.", "[for x in ", " : x]", "(", ")", "\"", "...", "[*]", "try(", "can(", "? 1 : 0", "%{");
    const text = fc.array(fc.oneof(alphabet, pieces), { maxLength: 60 }).map((a) => a.join(""));
    fc.assert(
      fc.property(text, (src) => {
        const start = Date.now();
        for (const parse of [parseTemplate, parseExpression]) {
          try {
            const node = parse(src);
            new Evaluation({ variable: () => null, local: () => null }).evaluate(node);
          } catch (e) {
            if (!(e instanceof ExpressionError)) throw e;
          }
        }
        expect(Date.now() - start).toBeLessThan(200);
      }),
      { numRuns: 2000 },
    );
  });

  test("every input resolves, is unknown or cannot be evaluated: the resolver throws nothing else", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        try {
          resolver.resolve(`\${${s}}`, "p");
        } catch (e) {
          if (!(e instanceof UnresolvedValue)) throw e;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("network and collection functions public modules use to size what they create", () => {
  const resolver = new TerraformResolver(new Map(), {});
  const value = (src: string) => resolver.resolve(`\${${src}}`, "attr");

  test("cidrsubnet, cidrhost and cidrsubnets as Terraform computes them (IPv4)", () => {
    expect(value('[for k in range(3) : cidrsubnet("10.0.0.0/16", 8, k)]')).toEqual(["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"]);
    expect(value('cidrsubnet("10.1.2.3/16", 4, 15)')).toBe("10.1.240.0/20");
    expect(value('cidrhost("10.12.112.0/20", 16)')).toBe("10.12.112.16");
    expect(value('cidrhost("10.12.112.0/20", -2)')).toBe("10.12.127.254");
    expect(value('cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)')).toEqual(["10.1.0.0/20", "10.1.16.0/20", "10.1.32.0/24", "10.1.48.0/20"]);
    expect(() => value('cidrsubnet("10.0.0.0/30", 4, 0)')).toThrow(/argument 2 of cidrsubnet\(\) must be a whole number from 0 to 2/);
    expect(() => value('cidrsubnet("fd00::/56", 8, 1)')).toThrow(/costkit evaluates IPv4 prefixes/);
  });

  test("zipmap, range, sensitive and nonsensitive", () => {
    expect(value('zipmap(["a", "b"], [1, 2])')).toEqual({ a: 1, b: 2 });
    expect(value("range(1, 7, 2)")).toEqual([1, 3, 5]);
    expect(value("range(3, 0)")).toEqual([3, 2, 1]);
    expect(value('nonsensitive(sensitive("x"))')).toBe("x");
    expect(() => value("range(0, 1, 0)")).toThrow(/the step must not be 0/);
    expect(() => value("range(1000000)")).toThrow(/more than 100000 elements/);
  });
});

describe("more of Terraform's functions, as its documentation gives them", () => {
  const value = (src: string) => resolver.resolve(`\${${src}}`, "attr");
  test.each([
    ['basename("foo/bar/baz.txt")', "baz.txt"], ['basename("/a/b/")', "b"], ['basename("")', "."], ['basename("///")', "/"],
    ['dirname("foo/bar/baz.txt")', "foo/bar"], ['dirname("foo")', "."], ['dirname("/foo")', "/"], ['dirname("a/b/")', "a/b"], ['dirname("a/./b/../c")', "a"],
    ['title("hello world-wide web_site")', "Hello World-Wide Web_site"], ['chomp("hello\\n\\r\\n")', "hello"], ['strrev("héllo")', "olléh"],
    ['trim("?!hello?!", "!?")', "hello"], ['jsonencode({b = [1, true, null], a = "x"})', '{"a":"x","b":[1,true,null]}'], ['jsonencode(0.5)', "0.5"],
    ['jsondecode("{\\"a\\": [1, 2.5]}")', { a: [1, 2.5] }], ['base64encode("Hello World")', "SGVsbG8gV29ybGQ="], ['base64decode("SGVsbG8gV29ybGQ=")', "Hello World"],
    ['setunion(["a", "b"], ["b", "c"])', ["a", "b", "c"]], ['setintersection(["a", "b"], ["b", "c"], ["b"])', ["b"]], ['setsubtract(["a", "b", "c"], ["a"])', ["b", "c"]],
    ["alltrue([true, \"true\"])", true], ["alltrue([])", true], ["anytrue([false])", false], ["anytrue([])", false],
    ['index(["a", "b", "c"], "b")', 1], ['formatlist("%s-%s", ["a", "b"], "x")', ["a-x", "b-x"]], ["signum(-3)", -1], ["signum(0)", 0],
    ["pow(3, 2)", 9], ["pow(4, 0.5)", 2], ['parseint("FF", 16)', 255], ['parseint("-1010", 2)', -10], ['parseint("zz", 36)', 1295],
  ])("%s → %j", (src, want) => expect(value(src)).toEqual(want));

  test("wrong arguments are errors naming the function; timestamp() and uuid() are known only at apply", () => {
    expect(() => value('index(["a"], "z")')).toThrow(/index\(\): the list does not hold the value/);
    expect(() => value('base64decode("***")')).toThrow(/not base64/);
    expect(() => value('jsondecode("{")')).toThrow(/is not JSON/);
    expect(() => value('parseint("12", 1)')).toThrow(/from 2 to 62/);
    expect(() => value('parseint("9", 8)')).toThrow(/cannot parse "9" in base 8/);
    expect(() => value('formatlist("%s", ["a"], ["b", "c"])')).toThrow(/same length/);
    expect(() => value("pow(10, 100000)")).toThrow(/larger than costkit evaluates/);
    expect(ev("timestamp()")).toBe("unknown: attr is not known before apply (${timestamp()})");
    expect(ev('"${uuid()}-x"')).toMatch(/^unknown: .*uuid\(\) is a random identifier Terraform makes when it applies/);
  });
});

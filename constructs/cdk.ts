/**
 * The seam between costkit and the CDK library an app is built with: CDK for Terraform (`cdktf`) or CDK Terrain
 * (`cdktn`), its maintained fork. costkit's integration (Costkit, Cost, StackCost, Acknowledge) names neither package:
 * it types what it touches structurally (below) and asks `cdkOf(construct)` for the few functions it calls, from the
 * library whose classes built that construct. So a cdktn app does not need cdktf installed, and the other way round.
 * The engine (pricing/, policies/, report/) never sees either.
 */
import * as path from "path";
import { IConstruct } from "constructs";
import { ConstructError, constructErrors } from "./errors";

/** The CDK libraries costkit works with. */
export const CDK_LIBRARIES = ["cdktf", "cdktn"] as const;
export type CdkLibraryName = (typeof CDK_LIBRARIES)[number];

/** A stack's synthesizer, as both libraries call it. */
export interface StackSynthesizerLike {
  synthesize(session: SynthesisSessionLike): void;
}

/** What a stack's synthesizer is given. */
export interface SynthesisSessionLike {
  readonly outdir: string;
  readonly manifest: { forStack(stack: TerraformStackLike): { readonly workingDirectory: string } };
}

/** An annotation as the app's manifest.json lists it. */
export interface StackAnnotationLike {
  readonly constructPath: string;
  readonly level: string;
  readonly message: string;
}

/** A `TerraformStack` of either library: what costkit reads and writes on it. */
export interface TerraformStackLike extends IConstruct {
  toTerraform(): unknown;
  addOverride(path: string, value: unknown): void;
  synthesizer: StackSynthesizerLike;
}

/** A `TerraformResource` of either library (a provider package's resource class). */
export interface TerraformResourceLike extends IConstruct {
  readonly terraformResourceType: string;
  readonly friendlyUniqueId: string;
  addOverride(path: string, value: unknown): void;
}

/** An `App` of either library. */
export interface AppLike extends IConstruct {
  readonly outdir: string;
  readonly skipValidation?: boolean;
  readonly manifest: { forStack(stack: TerraformStackLike): { readonly annotations: StackAnnotationLike[] } };
  synth(): void;
}

/** The part of the library costkit calls; `cdktf` and `cdktn` both export it (test/constructs/cdk.test.ts checks). */
export interface CdkLibrary {
  readonly App: { isApp(x: unknown): boolean };
  readonly TerraformStack: { isStack(x: unknown): boolean; of(construct: IConstruct): TerraformStackLike };
  readonly TerraformResource: { isTerraformResource(x: unknown): boolean };
  readonly Annotations: { of(scope: IConstruct): { addInfo(message: string): void; addWarning(message: string): void; addError(message: string): void } };
  readonly AnnotationMetadataEntryType: { readonly INFO: string; readonly WARN: string; readonly ERROR: string };
}

const loaded = new Map<CdkLibraryName, CdkLibrary>();

/**
 * Requires a library the way the app does: from the app's main module first (costkit may be linked from elsewhere),
 * then from costkit's own place. Undefined when it is not installed.
 */
function load(name: CdkLibraryName): CdkLibrary | undefined {
  const hit = loaded.get(name);
  if (hit) return hit;
  const main = require.main?.filename;
  for (const paths of [main ? [path.dirname(main)] : undefined, undefined]) {
    let file: string;
    try {
      file = require.resolve(name, paths ? { paths } : undefined);
    } catch {
      continue;
    }
    const lib = require(file) as CdkLibrary;
    loaded.set(name, lib);
    return lib;
  }
  return undefined;
}

const RTTI = Symbol.for("jsii.rtti");

/**
 * The library whose class made an object, read from the type information both libraries attach to their classes
 * (jsii's `{ fqn: "cdktn.App" }`), so that nothing is loaded to find out.
 */
function libraryNameOf(x: object): CdkLibraryName | undefined {
  for (let proto = Object.getPrototypeOf(x); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    const fqn = (proto.constructor as { [RTTI]?: { fqn?: unknown } } | undefined)?.[RTTI]?.fqn;
    if (typeof fqn !== "string") continue;
    const name = CDK_LIBRARIES.find((n) => fqn.startsWith(`${n}.`));
    if (name) return name;
  }
  return undefined;
}

/**
 * The library a construct was built with: that of the construct or of its nearest scope made by a library class (a
 * resource, its stack, the app). When both libraries are installed, this is the one the app uses; when the tree says
 * nothing (a tree of plain constructs), the first installed of cdktf and cdktn.
 */
export function cdkOf(scope: IConstruct): CdkLibrary {
  const scopes = scope.node.scopes;
  for (let i = scopes.length - 1; i >= 0; i--) {
    const name = libraryNameOf(scopes[i]);
    const lib = name && load(name);
    if (lib) return lib;
  }
  for (const name of CDK_LIBRARIES) {
    const lib = load(name);
    if (lib) return lib;
  }
  throw ConstructError.misuse(scope, "cdktf", constructErrors.noCdkLibrary());
}

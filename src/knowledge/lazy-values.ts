/**
 * Parts of a cached document that are decoded only when something reads them.
 *
 * A restart needs little of each of 50,000 documents: how many passages it has (to lay out the index), its
 * title and what it replaces (the index key and validity), and each case's id (the answer engine's case
 * table). Decoding everything else made millions of objects, and collecting them cost more than reading
 * them. So the cache keeps those parts as they are on disk and decodes them on first read:
 * - a lazy property (a document's `meta` and `passages`) decodes its whole value on first read, and keeps
 *   a hint (the passage count; the title and what it replaces) that can be read without decoding it;
 * - a shell (each case) has the fields needed at once as they are, and the others as one section decoded
 *   on first read of any of them.
 * To a reader (a property read, a spread, JSON, equality) either is the object it was: the same keys in the
 * same order with the same values. The state behind them sits under a symbol that is not enumerable.
 */

/** Decodes a lazy property's value from its source. */
export type Decode<S> = (source: S) => unknown;
/** Decodes a shell's section: the values of its lazy keys, in their order. */
export type SectionDecoder<S> = (source: S, keys: readonly string[]) => unknown[];

type Property = {
  key: string;
  source: unknown;
  decode: Decode<unknown>;
  hint: unknown;
  read: boolean;
  value: unknown;
};

type ShellState = {
  source: unknown;
  decode: SectionDecoder<unknown>;
  values: Record<string, unknown> | null;
};

const LAZY = Symbol('not yet decoded');

/** An object's lazy properties (a few: a list is quicker to search than a map) and its shell. */
type State = { properties: Property[]; shell: ShellState | null };
type Lazy = { [LAZY]: State };

function stateOf(object: object): State {
  const found = (object as Partial<Lazy>)[LAZY];
  if (found) return found;
  const state: State = { properties: [], shell: null };
  Object.defineProperty(object, LAZY, {
    value: state,
    enumerable: false,
    writable: false,
    configurable: true,
  });
  return state;
}

function propertyOf(object: object, key: string): Property | undefined {
  const properties = (object as Partial<Lazy>)[LAZY]?.properties;
  if (properties) for (const property of properties) if (property.key === key) return property;
  return undefined;
}

function propertyValue(object: object, key: string): unknown {
  const property = propertyOf(object, key)!;
  if (!property.read) {
    property.value = property.decode(property.source);
    property.read = true;
    property.source = null;
    property.hint = undefined;
  }
  return property.value;
}

function shellValues(shell: Lazy): Record<string, unknown> {
  const state = shell[LAZY].shell!;
  if (state.values === null) {
    const keys = Object.keys(shell).filter((key) =>
      shellGetters.has(Object.getOwnPropertyDescriptor(shell, key)?.get),
    );
    const decoded = state.decode(state.source, keys);
    // No prototype: a key such as "__proto__" stays a value.
    const values: Record<string, unknown> = Object.create(null);
    keys.forEach((key, k) => {
      values[key] = decoded[k];
    });
    state.values = values;
    state.source = null;
  }
  return state.values;
}

/** The getters of shell keys, to tell them from the shell's other keys. */
const shellGetters = new Set<unknown>();

/**
 * One getter and setter per key name and kind, shared by every object, so that objects of one layout share
 * a shape (and a hidden class in V8).
 */
const accessors = {
  shell: new Map<string, PropertyDescriptor>(),
  property: new Map<string, PropertyDescriptor>(),
};

function accessor(key: string, shell: boolean): PropertyDescriptor {
  const known = shell ? accessors.shell : accessors.property;
  let found = known.get(key);
  if (found) return found;
  found = shell
    ? {
        get(this: Lazy) {
          return shellValues(this)[key];
        },
        set(this: Lazy, value: unknown) {
          shellValues(this)[key] = value;
        },
        enumerable: true,
        configurable: true,
      }
    : {
        get(this: object) {
          return propertyValue(this, key);
        },
        set(this: object, value: unknown) {
          Object.assign(propertyOf(this, key)!, { read: true, value, source: null, hint: undefined });
        },
        enumerable: true,
        configurable: true,
      };
  if (shell) shellGetters.add(found.get);
  known.set(key, found);
  return found;
}

/**
 * Gives `object` an enumerable `key` (in the place of the keys it has reached) whose value is
 * `decode(source)`, decoded on first read; `hint` stands for it until then (see `lazyHint`).
 */
export function defineLazy<S>(object: object, key: string, source: S, decode: Decode<S>, hint: unknown) {
  const decodeAny = decode as Decode<unknown>;
  stateOf(object).properties.push({ key, source, decode: decodeAny, hint, read: false, value: undefined });
  Object.defineProperty(object, key, accessor(key, false));
}

/** The hint of a lazy property not read yet, else undefined. */
export function lazyHint(object: object, key: string): unknown {
  const property = propertyOf(object, key);
  return property && !property.read ? property.hint : undefined;
}

/** The source of a lazy property not read yet, else null. */
export function unreadSource(object: object, key: string): unknown {
  const property = propertyOf(object, key);
  return property && !property.read ? property.source : null;
}

/** Makes `object` a shell whose section is read with `decode(source)`; its keys are added with `shellKey`. */
export function makeShell<S>(object: object, source: S, decode: SectionDecoder<S>) {
  stateOf(object).shell = { source, decode: decode as SectionDecoder<unknown>, values: null };
}

/** Adds a key of a shell that is read from its section (in the place of the keys it has reached). */
export function shellKey(object: object, key: string) {
  Object.defineProperty(object, key, accessor(key, true));
}

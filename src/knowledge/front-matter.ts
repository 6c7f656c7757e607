import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/**
 * Optional YAML front matter (between `---` lines at the top of a file, or in a side file
 * `<name>.meta.yaml`) overrides what extraction finds. Unknown keys are ignored; wrong types are reported.
 */
const dateLike = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v));

/** `true`, `ja`, a legal reference ("21 kap. 7 § OSL") …: yes; `false`, `nej`, `ingen`, `offentlig`: no. */
const flag = z
  .union([z.boolean(), z.string().min(1)])
  .transform((v) =>
    typeof v === 'boolean'
      ? v
      : !/^\s*(?:nej|no|false|falskt|ingen|none|ej|0|öppen|offentlig|public|open)\s*$/i.test(v),
  );

export const FrontMatterSchema = z
  .object({
    title: z.string().min(1),
    kind: z.enum(['strategy', 'referral', 'report', 'policy', 'other']),
    dnr: z.union([z.string(), z.number()]).transform(String),
    date: dateLike,
    deadline: dateLike,
    sender: z.string(),
    recipients: z.array(z.string()),
    case_officer: z.string(),
    phone: z.string(),
    status: z.enum(['in_force', 'replaced', 'draft', 'unknown']),
    replaces: z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v])),
    replaced_by: z.string(),
    /** Secrecy (see confidential.ts): a flag, or a classification word such as `sekretess` or `öppen`. */
    confidential: flag,
    sekretess: flag,
    classification: z.string(),
    klassificering: z.string(),
  })
  .partial();

export type FrontMatter = z.infer<typeof FrontMatterSchema>;

const FENCE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits front matter from the body. The body keeps its line count so that nothing shifts silently. */
export function splitFrontMatter(text: string): { frontMatter: FrontMatter; body: string; error?: string } {
  const match = FENCE.exec(text);
  if (!match) return { frontMatter: {}, body: text };
  const body = text.slice(match[0].length);
  const parsed = parseFrontMatter(match[1]!);
  return { ...parsed, body };
}

export function parseFrontMatter(yamlText: string): { frontMatter: FrontMatter; error?: string } {
  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (error) {
    return {
      frontMatter: {},
      error: `front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`,
    };
  }
  if (raw === null || typeof raw !== 'object') return { frontMatter: {} };
  const result = FrontMatterSchema.safeParse(raw);
  if (result.success) return { frontMatter: result.data };
  const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  // Keep the fields that are valid, report the others.
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const one = FrontMatterSchema.safeParse({ [key]: value });
    if (one.success) Object.assign(kept, one.data);
  }
  return { frontMatter: kept as FrontMatter, error: `front matter: ${problems}` };
}

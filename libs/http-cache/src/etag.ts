/**
 * Entity tags derived from what a representation is, not from its bytes: schema revision, resource id, version
 * and variant. Computing one costs nothing, so a matching request can be answered before anything is built.
 *
 * Tags are weak (`W/`): the same representation is sent identity-, gzip- or brotli-encoded under one tag, and
 * proxies (nginx) weaken strong tags when they compress anyway. Weak comparison is what If-None-Match uses;
 * for If-Match we compare the version inside the tag (see `versionFromTag`), as RFC 9110's strong comparison
 * would make every weak tag fail.
 */
export interface EntityTagParts {
  schemaRevision: string;
  id: string;
  version: number;
  variant: string;
}

const TAG_PATTERN = /^(?:W\/)?"([^"]*)"$/;

export function entityTag({ schemaRevision, id, version, variant }: EntityTagParts): string {
  return `W/"${schemaRevision}.${variant}.${id}.${version}"`;
}

/** The opaque part of a tag, without `W/` and quotes; null when the text is not a tag. */
export function opaqueTag(tag: string): string | null {
  const match = TAG_PATTERN.exec(tag.trim());
  return match ? match[1] : null;
}

/** The version a tag we issued names, if it is ours and of this schema revision and resource. */
export function versionFromTag(tag: string, schemaRevision: string, id: string): number | null {
  const opaque = opaqueTag(tag);
  if (!opaque) return null;
  const parts = opaque.split('.');
  if (parts.length !== 4 || parts[0] !== schemaRevision || parts[2] !== id || !/^\d+$/.test(parts[3])) return null;
  return Number(parts[3]);
}

/** Splits an If-Match / If-None-Match header into tags; `*` is returned as is. */
export function parseTagList(header: string): string[] {
  const tags: string[] = [];
  const pattern = /\s*((?:W\/)?"[^"]*"|\*)\s*(?:,|$)/gy;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < header.length && (match = pattern.exec(header))) tags.push(match[1]);
  return tags;
}

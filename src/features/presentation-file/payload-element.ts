/** The script element a presentation file carries its material in (kept apart from the parser: zod). */
export const PAYLOAD_ELEMENT_ID = 'routeshift-presentation';

export function hasPayloadElement(doc: Document = document): boolean {
  return doc.getElementById(PAYLOAD_ELEMENT_ID) !== null;
}

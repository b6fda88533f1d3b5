/** Does a room type as the guest wrote it ("king bed", "大床房") mean this resource, by name or alias? */
export function matchesResource(resource: { name: string; aliases: string[] }, written: string): boolean {
  const fold = (w: string) => w.toLowerCase().replace(/\s+/g, "");
  const text = fold(written);
  if (!text) return false;
  return [resource.name, ...resource.aliases].map(fold).some((word) => text.includes(word) || word.includes(text));
}

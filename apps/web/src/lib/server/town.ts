import { env } from '$env/dynamic/private';

/** The town's identity, from the same configuration as the API (TOWN_NAME, TOWN_COLOR, …). */
export function town() {
  return {
    name: env.TOWN_NAME || 'Ville de démonstration',
    color: /^#[0-9a-fA-F]{6}$/.test(env.TOWN_COLOR ?? '') ? env.TOWN_COLOR! : '#1d4f91',
    // As the API's configuration checks it: an https:// URL or a path of this site.
    logoUrl: /^(https:\/\/|\/(?!\/))[^\s"'<>]*$/.test(env.TOWN_LOGO_URL ?? '')
      ? env.TOWN_LOGO_URL!
      : null,
  };
}

import { env } from '$env/dynamic/private';

/** The town's identity, from the same configuration as the API (TOWN_NAME, TOWN_COLOR, …). */
export function town() {
  return {
    name: env.TOWN_NAME || 'Ville de démonstration',
    color: /^#[0-9a-fA-F]{6}$/.test(env.TOWN_COLOR ?? '') ? env.TOWN_COLOR! : '#1d4f91',
    logoUrl: env.TOWN_LOGO_URL || null,
  };
}

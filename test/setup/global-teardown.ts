import type { RunningService } from '../../scripts/ensure-services';

export default async function globalTeardown(): Promise<void> {
  const services = (globalThis as { __services__?: RunningService[] }).__services__ ?? [];
  await Promise.allSettled(services.map((service) => service.stop()));
}

import { Module } from '@nestjs/common';
import { Allow, Anyone } from '@quorum/identity';
import { OPEN_DATA_CONTROLLERS, OpenDataModule } from '@quorum/transparency';

// Everything published is readable without an account (SPEC §6). Transparency cannot import the
// guard's policies (identity sits above it), so the API, which knows both, says it here.
for (const controller of OPEN_DATA_CONTROLLERS) Allow(Anyone)(controller);

/** `/open-data/*`, the calendars and the Atom feeds, on the API's HTTP server. */
@Module({ imports: [OpenDataModule], controllers: OPEN_DATA_CONTROLLERS })
export class OpenDataHttpModule {}

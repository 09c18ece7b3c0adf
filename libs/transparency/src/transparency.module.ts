import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit/audit.service';

/** The audit trail is written by every domain lib, so its service is available everywhere. */
@Global()
@Module({
  providers: [AuditService],
  exports: [AuditService],
})
export class TransparencyModule {}

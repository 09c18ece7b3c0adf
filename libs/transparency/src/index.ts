export * from './transparency.module';
export * from './audit/audit.service';
export * from './audit/audit-entry.entity';

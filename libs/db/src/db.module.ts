import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { dataSourceOptions } from './data-source-options';
import { DatabaseRoleService } from './database-role.service';
import { TransactionService } from './transaction.service';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        dataSourceOptions(config.DATABASE_URL, config.DATABASE_POOL_SIZE),
    }),
  ],
  providers: [TransactionService, DatabaseRoleService],
  exports: [TransactionService, DatabaseRoleService],
})
export class DbModule {}

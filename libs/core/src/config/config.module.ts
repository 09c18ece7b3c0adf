import { DynamicModule, Global, Module } from '@nestjs/common';
import { Clock } from '../context/clock';
import { AppConfig, loadConfig } from './app-config';

/**
 * Provides the validated AppConfig and the Clock everywhere. Pass a config (and a clock) in tests;
 * the environment (and the system's time) otherwise.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config?: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: AppConfig, useFactory: () => config ?? loadConfig() },
        { provide: Clock, useValue: clock ?? new Clock() },
      ],
      exports: [AppConfig, Clock],
    };
  }
}

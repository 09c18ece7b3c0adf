import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsOptional,
  IsInt,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
  validateSync,
  ValidationError,
} from 'class-validator';
import { parseBudgetOverrides } from '../rate-limit/rate-limits';
import { contrastRatio, MIN_TEXT_CONTRAST } from './rules/contrast';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

/**
 * Every setting the API, the worker and the CLI read from the environment.
 * Validated once at boot: a missing or malformed value stops the process with
 * a message naming the variable and what is expected.
 */
export class AppConfig {
  @IsIn(NODE_ENVS, { message: 'must be one of development, test, production' })
  NODE_ENV: NodeEnv = 'development';

  @Transform(toInt)
  @IsInt({ message: 'must be an integer port number (1-65535)' })
  @Min(1, { message: 'must be an integer port number (1-65535)' })
  @Max(65535, { message: 'must be an integer port number (1-65535)' })
  PORT = 3000;

  @ValidateIf(
    (config: AppConfig) => config.NODE_ENV === 'production' || config.PUBLIC_URL !== undefined,
  )
  @IsUrl(
    { require_tld: false, protocols: ['http', 'https'], require_protocol: true },
    {
      message:
        'must be an http(s) URL, e.g. https://quorum.example.fr (required in production: e-mail links use it)',
    },
  )
  PUBLIC_URL?: string;

  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, {
    message: 'must be a PostgreSQL URL, e.g. postgres://user:password@localhost:5432/quorum',
  })
  DATABASE_URL!: string;

  /**
   * The owner role's URL, for the migrations only (the API and the worker never read it): it owns
   * the tables, DATABASE_URL's role is granted what the application needs. Unset, the migrations
   * run as DATABASE_URL's role, which then owns everything (a deployment with one role).
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, {
    message: 'must be a PostgreSQL URL, e.g. postgres://owner:password@localhost:5432/quorum',
  })
  MIGRATION_DATABASE_URL?: string = undefined;

  /**
   * PostgreSQL connections each process (API, worker) keeps at most. Requests beyond it wait for
   * one; a write's commit waits for the disk, so more connections let more commits share a flush.
   * Instances × this must stay under the server's max_connections (100 by default).
   */
  @Transform(toInt)
  @IsInt({ message: 'must be a number of connections between 1 and 200' })
  @Min(1, { message: 'must be a number of connections between 1 and 200' })
  @Max(200, { message: 'must be a number of connections between 1 and 200' })
  DATABASE_POOL_SIZE = 10;

  /**
   * Megabytes of the API's memory for answers to anonymous public reads (the listings, a
   * proposal's page, the councils), kept while the database has not changed since they were read
   * (apps/api/src/graphql/public-read-cache.ts). 0 turns the cache off.
   */
  @Transform(toInt)
  @IsInt({ message: 'must be a number of megabytes between 0 and 1024' })
  @Min(0, { message: 'must be a number of megabytes between 0 and 1024' })
  @Max(1024, { message: 'must be a number of megabytes between 0 and 1024' })
  PUBLIC_READ_CACHE_MB = 32;

  @Matches(/^rediss?:\/\/[^\s]+$/, {
    message: 'must be a Redis URL, e.g. redis://localhost:6379',
  })
  REDIS_URL!: string;

  @Matches(/^smtps?:\/\/[^\s]+$/, {
    message: 'must be an SMTP URL, e.g. smtp://user:password@smtp.example.fr:587',
  })
  SMTP_URL!: string;

  @IsString()
  @MinLength(3, { message: 'must be a sender address, e.g. "Mairie <no-reply@mairie.fr>"' })
  MAIL_FROM = 'Quorum <no-reply@quorum.localhost>';

  @IsString({ message: 'must be a random secret of at least 32 characters' })
  @MinLength(32, { message: 'must be a random secret of at least 32 characters' })
  JWT_SECRET!: string;

  @IsString({ message: 'must be a random secret of at least 32 characters' })
  @MinLength(32, {
    message:
      'must be a random secret of at least 32 characters (changing it voids the imported census)',
  })
  CENSUS_HASH_KEY!: string;

  @Transform(toInt)
  @IsInt({ message: 'must be a number of seconds between 60 and 3600' })
  @Min(60, { message: 'must be a number of seconds between 60 and 3600' })
  @Max(3600, { message: 'must be a number of seconds between 60 and 3600' })
  ACCESS_TOKEN_TTL_S = 900;

  @Transform(toInt)
  @IsInt({ message: 'must be a number of days between 1 and 365' })
  @Min(1, { message: 'must be a number of days between 1 and 365' })
  @Max(365, { message: 'must be a number of days between 1 and 365' })
  REFRESH_TOKEN_TTL_DAYS = 30;

  @Transform(toInt)
  @IsInt({ message: 'must be a number of seconds (>= 1)' })
  @Min(1, { message: 'must be a number of seconds (>= 1)' })
  RATE_LIMIT_WINDOW_S = 900;

  /** Budgets that differ from RATE_LIMITS' defaults: `register:ip=300,login:ip=200`. */
  @ValidateBy({
    name: 'rateLimitBudgets',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && typeof parseBudgetOverrides(value) !== 'string',
      defaultMessage: (args) => {
        const problem = parseBudgetOverrides(String(args?.value ?? ''));
        return `must be bucket=budget pairs separated by commas${typeof problem === 'string' ? `: ${problem}` : ''}`;
      },
    },
  })
  RATE_LIMIT_BUDGETS = '';

  @IsString()
  @MinLength(1, { message: 'must be the town name shown to people' })
  TOWN_NAME = 'Ville de démonstration';

  /**
   * The town's SIRET number, the open data's COLL_SIRET (SCDL "Délibérations"). The default is a
   * placeholder for development: set the town's own before publishing.
   */
  @Matches(/^\d{14}$/, { message: 'must be the town’s SIRET number: 14 digits' })
  TOWN_SIRET = '00000000000000';

  /** The site's primary colour: white text on it and it as text on white, so ≥ 4.5:1 to white. */
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'must be a colour as #rrggbb' })
  @ValidateBy({
    name: 'readableOnWhite',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' &&
        /^#[0-9a-fA-F]{6}$/.test(value) &&
        contrastRatio(value, '#ffffff') >= MIN_TEXT_CONTRAST,
      defaultMessage: () =>
        `must contrast at least ${MIN_TEXT_CONTRAST}:1 with white (WCAG AA), e.g. #1d4f91`,
    },
  })
  TOWN_COLOR = '#1d4f91';

  /** The town's logo shown in the site's header: an https:// or same-site /path URL (optional). */
  @IsOptional()
  @Matches(/^(https:\/\/|\/(?!\/))[^\s"'<>]*$/, { message: 'must be an https:// URL or a /path' })
  // Initialised, so that loadConfig reads it (it reads the variables the class has as own keys).
  TOWN_LOGO_URL?: string = undefined;

  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'must be 1-40 characters among a-z 0-9 _ -' })
  QUEUE_PREFIX = 'quorum';

  @Transform(toInt)
  @IsInt({ message: 'must be an integer between 1 and 100' })
  @Min(1, { message: 'must be an integer between 1 and 100' })
  @Max(100, { message: 'must be an integer between 1 and 100' })
  MODERATION_REPORT_THRESHOLD = 3;

  /** Whose X-Forwarded-For to believe: off (clients connect directly), a hop count, or addresses. */
  @Matches(/^(off|\d{1,2}|[0-9a-fA-F.:/]+(,\s*[0-9a-fA-F.:/]+)*)$/, {
    message: 'must be off, a number of proxy hops (e.g. 1), or proxy addresses separated by commas',
  })
  TRUST_PROXY = 'off';

  /**
   * Other sites' origins whose pages may call the API from a browser (CORS), separated by commas:
   * `https://carte.mairie.fr`. Empty: none (the site is served from the API's own origin).
   */
  @Matches(/^(https?:\/\/[a-z0-9.-]+(:\d{1,5})?)?(\s*,\s*https?:\/\/[a-z0-9.-]+(:\d{1,5})?)*$/, {
    message:
      'must be origins (scheme://host[:port], no path) separated by commas, e.g. https://carte.mairie.fr',
  })
  CORS_ORIGINS = '';

  /** How long a client may take to send a request's headers (slow-loris), in milliseconds. */
  @Transform(toInt)
  @IsInt({ message: 'must be an integer number of milliseconds between 100 and 120000' })
  @Min(100, { message: 'must be an integer number of milliseconds between 100 and 120000' })
  @Max(120_000, { message: 'must be an integer number of milliseconds between 100 and 120000' })
  HTTP_HEADERS_TIMEOUT_MS = 10_000;

  /** How long a client may take to send a whole request, body included (a census list), in ms. */
  @Transform(toInt)
  @IsInt({ message: 'must be an integer number of milliseconds between 100 and 600000' })
  @Min(100, { message: 'must be an integer number of milliseconds between 100 and 600000' })
  @Max(600_000, { message: 'must be an integer number of milliseconds between 100 and 600000' })
  HTTP_REQUEST_TIMEOUT_MS = 120_000;

  @Transform(toInt)
  @IsInt({ message: 'must be an integer number of milliseconds (>= 50)' })
  @Min(50, { message: 'must be an integer number of milliseconds (>= 50)' })
  OUTBOX_POLL_MS = 500;

  @IsIn(['on', 'off'], {
    message: 'must be on or off (off: this worker does not relay the outbox)',
  })
  OUTBOX_RELAY: 'on' | 'off' = 'on';

  @Transform(toInt)
  @IsInt({ message: 'must be an integer between 1 and 50' })
  @Min(1, { message: 'must be an integer between 1 and 50' })
  @Max(50, { message: 'must be an integer between 1 and 50' })
  JOB_ATTEMPTS = 8;

  @Transform(toInt)
  @IsInt({ message: 'must be an integer number of milliseconds (>= 1)' })
  @Min(1, { message: 'must be an integer number of milliseconds (>= 1)' })
  JOB_BACKOFF_MS = 5000;

  /** How long a worker holds a running job before others may take it over (after a crash). */
  @Transform(toInt)
  @IsInt({ message: 'must be an integer number of milliseconds (>= 1000)' })
  @Min(1000, { message: 'must be an integer number of milliseconds (>= 1000)' })
  JOB_LOCK_MS = 30_000;

  /** Recipients per fan-out job. */
  @Transform(toInt)
  @IsInt({ message: 'must be an integer between 1 and 5000' })
  @Min(1, { message: 'must be an integer between 1 and 5000' })
  @Max(5000, { message: 'must be an integer between 1 and 5000' })
  NOTIFICATION_BATCH_SIZE = 5000;

  /** Fan-out batches run at once (each its own transaction; the next is queued before writing). */
  @Transform(toInt)
  @IsInt({ message: 'must be an integer between 1 and 32' })
  @Min(1, { message: 'must be an integer between 1 and 32' })
  @Max(32, { message: 'must be an integer between 1 and 32' })
  NOTIFICATION_FANOUT_CONCURRENCY = 3;

  /** E-mails per delivery job (each still sent once, under its own delivery key). */
  @Transform(toInt)
  @IsInt({ message: 'must be an integer between 1 and 1000' })
  @Min(1, { message: 'must be an integer between 1 and 1000' })
  @Max(1000, { message: 'must be an integer between 1 and 1000' })
  NOTIFICATION_EMAIL_BATCH_SIZE = 100;

  /** Delivery jobs (batches of e-mails, digests) run at once; each holds one database connection (of 10). */
  @Transform(toInt)
  @IsInt({ message: 'must be an integer between 1 and 64' })
  @Min(1, { message: 'must be an integer between 1 and 64' })
  @Max(64, { message: 'must be an integer between 1 and 64' })
  NOTIFICATION_EMAIL_CONCURRENCY = 8;

  /** SMTP connections the worker keeps open (each carries many messages). */
  @Transform(toInt)
  @IsInt({ message: 'must be an integer between 1 and 100' })
  @Min(1, { message: 'must be an integer between 1 and 100' })
  @Max(100, { message: 'must be an integer between 1 and 100' })
  SMTP_CONNECTIONS = 8;

  /** Where the migrations run: the owner's URL, or the application's when there is one role. */
  get migrationDatabaseUrl(): string {
    return this.MIGRATION_DATABASE_URL ?? this.DATABASE_URL;
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** CORS_ORIGINS as a list. */
  get corsOrigins(): string[] {
    return this.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== '');
  }

  get publicUrl(): string {
    return (this.PUBLIC_URL ?? `http://localhost:${this.PORT}`).replace(/\/+$/, '');
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; expected: string }[]) {
    super(
      'Invalid configuration:\n' +
        problems.map((p) => `  - ${p.variable}: ${p.expected}`).join('\n') +
        '\nSet these environment variables (see the README, "Configuration") and start again.',
    );
    this.name = 'ConfigError';
  }
}

function describe(error: ValidationError): { variable: string; expected: string } {
  const messages = Object.values(error.constraints ?? {});
  return { variable: error.property, expected: messages[0] ?? 'is invalid' };
}

/** Builds the configuration from an environment, or throws a ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const required = [
    'DATABASE_URL',
    'REDIS_URL',
    'SMTP_URL',
    'JWT_SECRET',
    'CENSUS_HASH_KEY',
    'PUBLIC_URL',
  ];
  const raw: Record<string, string> = {};
  for (const key of new Set([...known, ...required])) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(AppConfig, raw);
  const errors = validateSync(config, { forbidUnknownValues: false });
  if (errors.length > 0) throw new ConfigError(errors.map(describe));
  return config;
}

/** For entry points: the configuration, or a message naming the bad variables and exit code 78. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return process.exit(78); // EX_CONFIG
  }
}

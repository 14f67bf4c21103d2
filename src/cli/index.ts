import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../server/config.js';
import { openDatabase, runMigrations } from '../server/db/database.js';
import { EmbeddedDatabaseError } from '../server/db/embedded-errors.js';
import { closeOnSignals, startServer } from '../server/main.js';
import { clinicCreate, onboardingUsage, staffInvite, UsageError } from './onboarding.js';

const usage = `psoas: self-care and clinic app for psoas-related low back pain

Usage: psoas <command> [options]

Commands:
  serve [--demo]   start the web app and API (on the embedded database unless DATABASE_URL is set)
  migrate          apply database migrations and exit
  demo             load demo data (idempotent) and exit
${onboardingUsage}  help             show this text

Environment: PORT (3000), HOST (0.0.0.0), DATABASE_URL, PSOAS_DATA_DIR (./data), LOG_LEVEL (info)
`;

/** Standard input as text (for `--file -`). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `clinic create` and `staff invite`: migrations first, then the command, on one database. */
async function onboardingCommand(argv: string[]): Promise<number> {
  const [noun, verb, ...rest] = argv;
  const known = (noun === 'clinic' && verb === 'create') || (noun === 'staff' && verb === 'invite');
  if (!known) throw new UsageError(`Unknown command "${[noun, verb].filter(Boolean).join(' ')}".`);
  const config = loadConfig();
  let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
  const db = async () => {
    database ??= await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      poolSize: 2,
      statementTimeoutMs: config.dbStatementTimeoutMs,
      log: (m: string) => process.stderr.write(`${m}\n`),
    });
    await runMigrations(database);
    return database.db;
  };
  const out = (line: string) => process.stdout.write(`${line}\n`);
  try {
    if (noun === 'clinic') await clinicCreate(rest, db, out, readStdin);
    else await staffInvite(rest, db, config, out);
  } finally {
    await database?.close();
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'clinic' || argv[0] === 'staff') return onboardingCommand(argv);
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { demo: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  const command = positionals[0] ?? 'help';
  if (values.help || command === 'help') {
    process.stdout.write(usage);
    return 0;
  }
  const config = loadConfig();
  const log = (m: string) => process.stderr.write(`${m}\n`);
  switch (command) {
    case 'serve': {
      const server = await startServer(config, { demo: values.demo });
      closeOnSignals(server);
      server.app.log.info(
        `Psoas is ready at http://localhost:${config.port}/ (database: ${server.database.kind})`,
      );
      return -1;
    }
    case 'migrate':
    case 'demo': {
      const database = await openDatabase({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        poolSize: config.dbPoolSize,
        statementTimeoutMs: config.dbStatementTimeoutMs,
        log,
      });
      try {
        await runMigrations(database);
        // Loaded only here: `serve` should not pay for the demo seeders' modules at start-up.
        if (command === 'demo')
          await (await import('../server/demo/index.js')).loadDemoData(database.db, log);
        log(command === 'demo' ? 'demo data loaded' : 'migrations applied');
      } finally {
        await database.close();
      }
      return 0;
    }
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${usage}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`psoas: ${e.message}\n\n${usage}`);
      process.exit(2);
    }
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(78);
    }
    // Says what failed, why and what to do: a stack trace would only bury that.
    if (e instanceof EmbeddedDatabaseError) {
      process.stderr.write(`psoas: ${e.message}\n`);
      process.exit(69);
    }
    process.stderr.write(`psoas: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);

import { z } from 'zod';

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  runtime: z.enum(['electron', 'preview', 'cli']),
  dataDir: z.string(),
  databaseFile: z.string(),
  databaseBytes: z.number().int().nonnegative(),
  schemaVersion: z.number().int().nonnegative(),
  rowCounts: z.record(z.string(), z.number().int().nonnegative()),
});
export type AppInfo = z.infer<typeof AppInfo>;

// The desktop app's lifecycle: single instance, data folder, database, IPC, window, background work, clean quit.
// Everything that is not Electron lives in main/app/core.ts and is shared with the preview host.
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { join, resolve } from 'node:path';
import { bootCore, type Core } from './app/core.js';
import { createEmitter, registerApi } from './ipc/bridge.js';
import { createElectronLogger } from './log/electron-logger.js';
import { databaseKeySeal } from './secrets.js';
import { createMainWindow, hardenSession, installMenu, rendererIndex } from './window.js';

process.umask(0o077); // everything this process creates (database, logs, exports in progress) is owner-only
const dataDir = resolve(process.env.CLAIMTRAIL_DATA_DIR ?? app.getPath('userData'));
if (process.env.CLAIMTRAIL_DATA_DIR) app.setPath('userData', dataDir);

let core: Core | undefined;
let disposeIpc: (() => void) | undefined;
let quitting = false;
let backupTimer: NodeJS.Timeout | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) { if (win.isMinimized()) win.restore(); win.focus(); }
  });
  app.whenReady().then(start, (err: unknown) => fatal(err));
}

function start(): void {
  const log = createElectronLogger(dataDir, () => []);
  const migrationsDir = app.isPackaged ? join(process.resourcesPath, 'migrations') : join(app.getAppPath(), 'db', 'migrations');
  try {
    core = bootCore({ dataDir, migrationsDir, runtime: 'electron', version: app.getVersion(), log, keySeal: databaseKeySeal() });
  } catch (err) {
    fatal(err); // never open a window on a half-migrated database
    return;
  }
  core.backupIfDue();
  backupTimer = setInterval(() => core?.backupIfDue(), 60 * 60 * 1000); // daily backups, checked hourly
  hardenSession();
  const emit = createEmitter(() => BrowserWindow.getAllWindows().map((w) => w.webContents));
  void emit; // handed to the sync service when it starts (see the sync issue)
  const appUrlPrefix = `file://${join(app.getAppPath(), 'dist', 'renderer')}`;
  disposeIpc = registerApi(ipcMain, core.dispatch, (event) => event.senderFrame?.url.startsWith(appUrlPrefix) ?? false);
  const syncNow = () => { void core?.api.startSync(undefined).catch(() => undefined); };
  installMenu(syncNow, dataDir);
  const open = () => createMainWindow({ dataDir, preload: join(__dirname, 'preload.cjs'), indexHtml: rendererIndex(app.getAppPath()) });
  open();
  app.on('activate', () => { if (BrowserWindow.getAllWindows().length === 0) open(); });
  log.info(`ClaimTrail ${app.getVersion()} started`);
}

app.on('window-all-closed', () => { if (process.platform !== 'darwin') app.quit(); });

// Stop background work and close the database before the process ends, once.
app.on('before-quit', (event) => {
  if (quitting || !core) return;
  event.preventDefault();
  quitting = true;
  clearInterval(backupTimer);
  disposeIpc?.();
  core.close();
  app.quit();
});

function fatal(err: unknown): void {
  dialog.showErrorBox('ClaimTrail could not start', `${(err as Error).message}\n\nYour data has not been changed.`);
  app.exit(1);
}

// The desktop app's lifecycle: single instance, data folder, database, IPC, window, background work, clean quit.
// Everything that is not Electron lives in main/app/core.ts and is shared with the preview host.
import { app, BrowserWindow, dialog, ipcMain, shell } from 'electron';
import { join, resolve } from 'node:path';
import { startAppHost, type AppHost } from './app/app-host.js';
import type { ExportShell } from './export/export-path.js';
import { createEmitter, registerApi } from './ipc/bridge.js';
import { createElectronLogger } from './log/electron-logger.js';
import { databaseKeySeal, keychainCodec } from './secrets.js';
import { createMainWindow, hardenSession, installMenu, rendererIndex } from './window.js';

process.umask(0o077); // everything this process creates (database, logs, exports in progress) is owner-only
const dataDir = resolve(process.env.CLAIMTRAIL_DATA_DIR ?? app.getPath('userData'));
if (process.env.CLAIMTRAIL_DATA_DIR) app.setPath('userData', dataDir);

let host: AppHost | undefined;
let disposeIpc: (() => void) | undefined;
let quitting = false;
let stopHousekeeping: (() => void) | undefined;

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
  const demoDir = app.isPackaged ? join(process.resourcesPath, 'demo', 'x12') : join(app.getAppPath(), 'demo', 'x12');
  try {
    host = startAppHost({
      dataDir, migrationsDir, runtime: 'electron', version: app.getVersion(), log, keySeal: databaseKeySeal(),
      codec: keychainCodec, exportShell: nativeExportShell(), scheduleSync: true, demoDir, firstRunDemo: true,
      stedi: { coreUrl: process.env.STEDI_CORE_URL, healthcareUrl: process.env.STEDI_HEALTHCARE_URL },
    });
  } catch (err) {
    fatal(err); // never open a window on a half-migrated database
    return;
  }
  // The deferred integrity check and the daily backups run in worker threads, a while after the window opens.
  stopHousekeeping = host.core.startHousekeeping();
  hardenSession();
  const emit = createEmitter(() => BrowserWindow.getAllWindows().map((w) => w.webContents));
  host.setEmitter((name, payload) => emit(name, payload as never));
  const appUrlPrefix = `file://${join(app.getAppPath(), 'dist', 'renderer')}`;
  disposeIpc = registerApi(ipcMain, host.dispatch, (event) => event.senderFrame?.url.startsWith(appUrlPrefix) ?? false);
  const syncNow = () => { void host?.api.startSync(undefined).catch(() => undefined); };
  installMenu(syncNow, dataDir);
  const open = () => createMainWindow({ dataDir, preload: join(__dirname, 'preload.cjs'), indexHtml: rendererIndex(app.getAppPath()) });
  open();
  app.on('activate', () => { if (BrowserWindow.getAllWindows().length === 0) open(); });
  log.info(`ClaimTrail ${app.getVersion()} started`);
}

app.on('window-all-closed', () => { if (process.platform !== 'darwin') app.quit(); });

// Stop background work and close the database before the process ends, once.
app.on('before-quit', (event) => {
  if (quitting || !host) return;
  event.preventDefault();
  quitting = true;
  stopHousekeeping?.();
  disposeIpc?.();
  // An in-flight sync page commits or rolls back whole before the database closes.
  host.stop().catch((err: unknown) => console.error('clean shutdown failed', (err as Error).message)).finally(() => app.quit());
});

/** Exports go only where the user points the native save (or, for scheduled exports, folder) dialog. */
function nativeExportShell(): ExportShell {
  return {
    pickExportPath: async ({ defaultPath, format, title }) => {
      const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options = { title, defaultPath, filters: [{ name: format.toUpperCase(), extensions: [format] }] };
      const picked = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return picked.canceled || !picked.filePath ? null : picked.filePath;
    },
    showInFolder: (file) => shell.showItemInFolder(file),
    pickFolder: async ({ defaultPath, title }) => {
      const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options = { title, defaultPath, properties: ['openDirectory' as const, 'createDirectory' as const, 'promptToCreate' as const] };
      const picked = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return picked.canceled ? null : picked.filePaths[0] ?? null;
    },
  };
}

function fatal(err: unknown): void {
  dialog.showErrorBox('ClaimTrail could not start', `${(err as Error).message}\n\nYour data has not been changed.`);
  app.exit(1);
}

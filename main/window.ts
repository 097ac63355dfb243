// The one BrowserWindow and its guards, plus the app menu. No business logic here.
import { app, BrowserWindow, Menu, session, shell, type MenuItemConstructorOptions } from 'electron';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/csp.js';
import { loadWindowState, saveWindowState } from './app/window-state.js';

export interface WindowOptions { dataDir: string; preload: string; indexHtml: string; }

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const state = loadWindowState(options.dataDir);
  const win = new BrowserWindow({
    x: state.x, y: state.y, width: state.width, height: state.height, minWidth: 800, minHeight: 560,
    show: false,
    title: 'ClaimTrail',
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick', // middle-click must not open links in new windows
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const b = win.getNormalBounds();
    saveWindowState(options.dataDir, { ...b, maximized: win.isMaximized() });
  });

  // No navigation away from our page, no new windows; real web links open in the user's browser.
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  void win.loadFile(options.indexHtml);
  return win;
}

/** Session-wide hardening: CSP on every response, every permission request denied. */
export function hardenSession(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

export function installMenu(onSyncNow: () => void, dataDir: string): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: 'File', submenu: [
      { label: 'Sync now', accelerator: 'CmdOrCtrl+R', click: onSyncNow },
      { label: 'Open data folder', click: () => void shell.openPath(dataDir) },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ] },
    { role: 'editMenu' },
    { label: 'View', submenu: [
      { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' },
      ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
    ] },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

export const rendererIndex = (appPath: string): string => join(appPath, 'dist', 'renderer', 'index.html');

import {
  Code20Regular,
  Document20Regular,
  DocumentPdf20Regular,
  DocumentTable20Regular,
  DocumentText20Regular,
  Folder20Filled,
  FolderZip20Regular,
  Image20Regular,
  MusicNote220Regular,
  SlideText20Regular,
  Video20Regular,
} from '@fluentui/react-icons';
import type { MessageId } from '../../i18n';
import type { DriveItem } from '../../lib/graph';

export type FileKind = 'folder' | 'word' | 'spreadsheet' | 'presentation' | 'pdf' | 'image' | 'video' | 'audio' | 'archive' | 'code' | 'text' | 'file';

const BY_EXTENSION: Record<string, FileKind> = {
  doc: 'word',
  docx: 'word',
  rtf: 'word',
  odt: 'word',
  xls: 'spreadsheet',
  xlsx: 'spreadsheet',
  xlsm: 'spreadsheet',
  csv: 'spreadsheet',
  ods: 'spreadsheet',
  ppt: 'presentation',
  pptx: 'presentation',
  odp: 'presentation',
  pdf: 'pdf',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  bmp: 'image',
  svg: 'image',
  webp: 'image',
  heic: 'image',
  mp4: 'video',
  mov: 'video',
  avi: 'video',
  mkv: 'video',
  webm: 'video',
  mp3: 'audio',
  wav: 'audio',
  m4a: 'audio',
  flac: 'audio',
  zip: 'archive',
  rar: 'archive',
  '7z': 'archive',
  gz: 'archive',
  tar: 'archive',
  js: 'code',
  ts: 'code',
  json: 'code',
  html: 'code',
  css: 'code',
  py: 'code',
  xml: 'code',
  txt: 'text',
  md: 'text',
  log: 'text',
};

export function fileKind(item: Pick<DriveItem, 'name' | 'folder' | 'package' | 'file'>): FileKind {
  if (item.folder) return 'folder';
  const dot = item.name.lastIndexOf('.');
  const extension = dot > 0 ? item.name.slice(dot + 1).toLowerCase() : '';
  return BY_EXTENSION[extension] ?? 'file';
}

/** The kind in words (drive.kind.*), spoken before a row's name. */
export function fileKindLabel(kind: FileKind): MessageId {
  return `drive.kind.${kind}`;
}

const ICONS: Record<FileKind, typeof Document20Regular> = {
  folder: Folder20Filled,
  word: DocumentText20Regular,
  spreadsheet: DocumentTable20Regular,
  presentation: SlideText20Regular,
  pdf: DocumentPdf20Regular,
  image: Image20Regular,
  video: Video20Regular,
  audio: MusicNote220Regular,
  archive: FolderZip20Regular,
  code: Code20Regular,
  text: DocumentText20Regular,
  file: Document20Regular,
};

export function FileIcon({ kind, className }: { kind: FileKind; className?: string }) {
  const Icon = ICONS[kind];
  // The kind is also spoken from the row's type cell, so the picture itself stays silent.
  return <Icon aria-hidden className={className} />;
}

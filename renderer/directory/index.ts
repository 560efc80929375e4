// What the interview editor mounts from the address book (issue 7).
export { ActorDirectoryLink } from './ActorDirectoryLink';
export { DirectorySuggestions, type EntryFields } from './DirectorySuggestions';
export { useDirectoryChoice, type DirectoryChoice } from './useDirectoryChoice';
export { useDirectorySearch } from './useDirectorySearch';

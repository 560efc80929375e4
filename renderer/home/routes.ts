// The screens of the service's network (issue 7), as the app's frame navigates between them.
export type NetworkRoute =
  | { view: 'home' }
  | { view: 'directory' }
  | { view: 'partnerships' }
  | { view: 'partnership'; id: string }
  | { view: 'serviceMap' };

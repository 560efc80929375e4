// The screens of the service's network (issue 7), as the app's frame navigates between them.
export type NetworkRoute =
  | { view: 'home' }
  | { view: 'directory' }
  /** `deleted`: the title of a partnership just deleted, said once on the list. */
  | { view: 'partnerships'; deleted?: string }
  | { view: 'partnership'; id: string }
  | { view: 'serviceMap' };

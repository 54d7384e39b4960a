import React from 'react';
import ReactDOMClient from 'react-dom/client';
import singleSpaReact from 'single-spa-react';
import { Root } from './Root';
import { AppError } from './ui/AppError';

/**
 * The `./app` expose: single-spa lifecycles. single-spa-react renders into the `domElement`
 * prop (the shell's slot) and empties it again on unmount.
 */
const lifecycles = singleSpaReact({
  React,
  ReactDOMClient,
  rootComponent: Root,
  errorBoundary: (error: Error) => <AppError error={error} />,
});

export const { bootstrap, mount, unmount } = lifecycles;

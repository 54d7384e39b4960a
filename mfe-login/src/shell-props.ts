/** What the shell passes to every app and parcel (docs/contracts.md, "Custom props"). */
export interface ShellProps {
  name: string;
  domElement: HTMLElement;
  navigate(url: string): void;
  version: string;
}

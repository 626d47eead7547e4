declare module 'cytoscape-svg' {
  const ext: (cy: unknown) => void;
  export default ext;
}

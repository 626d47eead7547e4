// Creates one Cytoscape instance for a container and destroys it on unmount (see STACK-NOTES §3).
import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { useEffect, useRef, useState } from 'react';

let registered = false;
function registerExtensions() {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(svg);
  registered = true;
}

export function useCytoscape(options: Omit<CytoscapeOptions, 'container'>) {
  const ref = useRef<HTMLDivElement>(null);
  const [cy, setCyState] = useState<Core | null>(null);
  const optionsRef = useRef(options);
  useEffect(() => {
    registerExtensions();
    const instance = cytoscape({ ...optionsRef.current, container: ref.current as HTMLDivElement });
    setCyState(instance);
    return () => {
      instance.destroy();
      setCyState(null);
    };
  }, []);
  return { ref, cy };
}

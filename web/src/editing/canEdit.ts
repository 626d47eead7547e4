// Whether the user may edit (EDITOR or ADMIN). One boolean for every editing control; the accounts
// work supplies the signed-in user's role through the provider (true until then).
import { createContext, useContext } from 'react';

export const CanEditContext = createContext(true);

export const useCanEdit = (): boolean => useContext(CanEditContext);

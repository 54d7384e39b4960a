import { createContext, useContext } from 'react';
import { createArticlesApi, type ArticlesApi } from './articles';

/** The articles API the pages use; tests provide one over a fake fetch. */
export const ArticlesApiContext = createContext<ArticlesApi>(createArticlesApi());

export const useArticlesApi = (): ArticlesApi => useContext(ArticlesApiContext);

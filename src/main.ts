import { mount } from 'svelte';
import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';
import './app.css';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });

@NullMarked
package org.mbcoptions.model;

import org.jspecify.annotations.NullMarked;
